/**
 * `kpss import-registry RPSS.json --codelists DIR (--okres ID | --obec NAME…)
 *  [--merge region.json] [--out FILE] [--dry-run] [--yes]`: the region's `services` from the
 * national registry's open data. What each registry field means is in
 * registry-mapping.ts; this file reads the files, picks the area, merges,
 * checks the result with the validator and writes it.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { REGION_SCHEMA_ID } from '../data/json-schema.js';
import { pragueDay } from '../data/period.js';
import { SCHEMA_VERSION } from '../data/schema.js';
import { KIND_CODES, type Label } from '../data/taxonomy.js';
import { fold } from '../data/text.js';
import { EXIT, parseOptions, UsageError, type Io } from './io.js';
import { count, isLang, NOUNS, say, type Lang } from './lang.js';
import { mergeServices, type Change } from './merge.js';
import { CODE_LIST_FILES, foldName, readCodeList, readRecords, readService, type CodeListName, type CodeLists, type ImportedFacility, type ImportedService } from './registry-mapping.js';
import { checkRegionJson } from './validate.js';

export const IMPORT_HELP = {
  cs: `Použití: kpss import-registry RPSS.json --codelists SLOŽKA (--okres KÓD | --obec NÁZEV…)
                            [--merge region.json] [--out SOUBOR] [--dry-run] [--yes] [--lang cs|en]

Převezme služby z otevřených dat registru poskytovatelů sociálních služeb
(rpss.json) a jeho číselníků do seznamu "services" souboru regionu.

  --codelists SLOŽKA  číselníky registru: druhy-socialni-sluzby.json,
                      cilove-skupiny-osoby.json, okresy.json, obce.json
                      (volitelně formy-soc-sluzby.json, vekove-skupiny-osoby.json,
                      casti-obci.json)
  --okres KÓD         služby se zařízením v okrese (Okres/3404, 3404 nebo název Klatovy)
  --obec NÁZEV…       služby se zařízením v obcích (víc názvů za sebou nebo --obec opakovaně);
                      s --okres jen obce v tom okrese
  --merge SOUBOR      doplní stávající soubor regionu: ponechá, co koordinátor dopsal
                      (souřadnice, hodiny, popis, návazné služby), páruje podle registryId
  --out SOUBOR        kam zapsat výsledek (jinak na standardní výstup); může být
                      stejný soubor jako u --merge
  --dry-run           jen vypíše, co by se přidalo, změnilo a odebralo; nic nezapíše
  --yes               dovolí odebrat víc než pár služeb: bez něj se při odebrání víc
                      než 3 služeb a zároveň víc než 10 % souboru nic nezapíše

Ukončené služby, ukončená a zdvojená zařízení se vynechají; jména osob se nepřebírají.
Výsledek se před zápisem zkontroluje (kpss validate); s chybou se nic nezapíše.
Návratový kód: 0 zapsáno (s --dry-run: vypsáno), 1 výsledek by nebyl platný nebo by se bez
--yes odebralo víc než pár služeb (nic se nezapsalo), 2 chybné použití nebo nečitelný vstup.`,
  en: `Usage: kpss import-registry RPSS.json --codelists DIR (--okres ID | --obec NAME…)
                            [--merge region.json] [--out FILE] [--dry-run] [--yes] [--lang cs|en]

Takes the services of the national registry of social services (open data
rpss.json and its code lists) into the "services" of a region file.

  --codelists DIR   the registry's code lists: druhy-socialni-sluzby.json,
                    cilove-skupiny-osoby.json, okresy.json, obce.json
                    (optional formy-soc-sluzby.json, vekove-skupiny-osoby.json,
                    casti-obci.json)
  --okres ID        services with a facility in the district (Okres/3404, 3404 or the name Klatovy)
  --obec NAME…      services with a facility in these municipalities (several names, or
                    --obec repeated); with --okres only those in that district
  --merge FILE      update an existing region file: keeps what the coordinator added
                    (coordinates, hours, description, related services), matched by registryId
  --out FILE        where to write the result (else standard output); may be the
                    --merge file itself
  --dry-run         only print what would be added, changed and removed; write nothing
  --yes             allow removing more than a few services: without it, nothing is
                    written when more than 3 services and more than 10 % of the file would go

Ended services, ended and repeated facilities are left out; no personal names are taken.
The result is checked (kpss validate) before it is written; with an error nothing is written.
Exit code: 0 written (with --dry-run: printed), 1 the result would not be valid or more than
a few services would be removed without --yes (nothing written), 2 usage error or unreadable input.`,
} as const;

/** `--obec Klatovy Běšiny` → `--obec Klatovy --obec Běšiny`, for parseArgs. */
function spreadMunicipalities(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    out.push(a);
    if (a !== '--obec') continue;
    out.push(args[++i] ?? '');
    while (i + 1 < args.length && !args[i + 1]!.startsWith('-') && !/\.json$/i.test(args[i + 1]!)) out.push('--obec', args[++i]!);
  }
  return out;
}

/** A JSON input; a missing optional file is undefined, any other failure a usage error. */
async function readJson(io: Io, file: string, what: Label, optional = false): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(io.resolve(file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (optional && code === 'ENOENT') return undefined;
    throw new UsageError(
      code === 'ENOENT'
        ? { cs: `${what.cs} ${file} neexistuje`, en: `${what.en} ${file} not found` }
        : { cs: `${what.cs} ${file} nejde přečíst (${code})`, en: `cannot read ${what.en} ${file} (${code})` },
    );
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError({ cs: `${what.cs} ${file} není platný JSON: ${(error as Error).message}`, en: `${what.en} ${file} is not valid JSON: ${(error as Error).message}` });
  }
}

async function readCodeLists(io: Io, dir: string): Promise<CodeLists> {
  const lists: { -readonly [K in CodeListName]?: Map<string, string> } = {};
  for (const [name, spec] of Object.entries(CODE_LIST_FILES) as [CodeListName, (typeof CODE_LIST_FILES)[CodeListName]][]) {
    const file = join(dir, spec.file);
    const json = await readJson(io, file, { cs: 'číselník', en: 'code list' }, !spec.required);
    if (json === undefined) continue;
    const map = readCodeList(json);
    if (map.size === 0) throw new UsageError({ cs: `číselník ${file} nemá žádné položky (čeká se {"polozky": [{"id", "nazev": {"cs"}}]})`, en: `code list ${file} has no items (expected {"polozky": [{"id", "nazev": {"cs"}}]})` });
    lists[name] = map;
  }
  return lists;
}

/** Codes of a code list whose name is `name` (folded), or the code itself (`Okres/3404`, `3404`). */
function lookup(listMap: ReadonlyMap<string, string>, value: string): string[] {
  const code = value.split('/').pop()!.trim();
  if (listMap.has(code)) return [code];
  const wanted = foldName(value);
  return [...listMap].filter(([, name]) => foldName(name) === wanted).map(([c]) => c);
}

const slug = (text: string) => fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'region';

/** A merge may remove up to this many services, or up to this share of the file when that is more, without --yes. */
const FEW_REMOVED = 3;
const FEW_REMOVED_SHARE = 0.1;
export const tooManyRemoved = (removed: number, inFile: number) => removed > FEW_REMOVED && removed > inFile * FEW_REMOVED_SHARE;

function printChanges(io: Io, lang: Lang, title: Label, sign: string, changes: readonly Change[]) {
  if (!changes.length) return;
  io.stderr(`${say(lang, title)} (${changes.length}):\n`);
  for (const c of changes) {
    const extra = c.detail ? `: ${c.detail.join(', ')}` : c.reason ? `: ${say(lang, c.reason)}` : '';
    io.stderr(`  ${sign} ${c.registryId ?? c.id}  ${c.name}${extra}\n`);
  }
}

export async function runImport(args: readonly string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseOptions(
    spreadMunicipalities(args),
    {
      codelists: { type: 'string' },
      okres: { type: 'string' },
      obec: { type: 'string', multiple: true },
      merge: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      yes: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    IMPORT_HELP,
  );
  if (values.lang !== undefined) {
    if (!isLang(values.lang)) throw new UsageError({ cs: `neznámý jazyk "${values.lang}" (cs nebo en)`, en: `unknown language "${values.lang}" (cs or en)` }, IMPORT_HELP);
    lang = values.lang;
  }
  if (values.help) {
    io.stdout(IMPORT_HELP[lang] + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? { cs: `čeká se jeden soubor registru, ne ${positionals.join(' ')}`, en: `expected one registry file, got ${positionals.join(' ')}` } : { cs: 'chybí soubor registru (rpss.json)', en: 'the registry file (rpss.json) is missing' }, IMPORT_HELP);
  if (!values.codelists) throw new UsageError({ cs: 'chybí --codelists SLOŽKA s číselníky registru', en: 'missing --codelists DIR with the registry code lists' }, IMPORT_HELP);
  const names = (values.obec ?? []).map((n) => n.trim()).filter(Boolean);
  if (!values.okres && !names.length) throw new UsageError({ cs: 'zvolte území: --okres KÓD nebo --obec NÁZEV…', en: 'choose the area: --okres ID or --obec NAME…' }, IMPORT_HELP);

  // Input.
  const registryJson = await readJson(io, positionals[0]!, { cs: 'soubor registru', en: 'registry file' });
  const records = readRecords(registryJson);
  if (!records) throw new UsageError({ cs: `${positionals[0]} nemá tvar rpss.json (chybí seznam "polozky")`, en: `${positionals[0]} is not shaped like rpss.json (no "polozky" list)` });
  const lists = await readCodeLists(io, values.codelists);
  let existing: Record<string, unknown> | undefined;
  if (values.merge) {
    const json = await readJson(io, values.merge, { cs: 'soubor regionu', en: 'region file' });
    const check = checkRegionJson(json);
    if (check.errors.length) {
      io.stderr(say(lang, { cs: `kpss: ${values.merge} má chyby, opravte je nejdřív (kpss validate ${values.merge}):\n`, en: `kpss: ${values.merge} has errors, fix them first (kpss validate ${values.merge}):\n` }));
      for (const p of check.errors) io.stderr(`  ${p.path}: ${p.reason[lang]}\n`);
      return EXIT.invalid;
    }
    existing = json as Record<string, unknown>;
  }

  // Area.
  let district: string | undefined;
  if (values.okres) {
    const found = lookup(lists.districts!, values.okres);
    if (found.length !== 1) throw new UsageError({ cs: `okres "${values.okres}" není v číselníku okresů (${found.length ? 'název není jednoznačný' : 'zadejte kód, např. Okres/3404, nebo název'})`, en: `district "${values.okres}" is not in the code list (${found.length ? 'the name is ambiguous' : 'give its code, e.g. Okres/3404, or its name'})` });
    district = found[0];
  }
  let municipalities: Set<string> | undefined;
  if (names.length) {
    municipalities = new Set();
    for (const name of names) {
      const found = lookup(lists.municipalities!, name);
      if (!found.length) throw new UsageError({ cs: `obec "${name}" není v číselníku obcí`, en: `municipality "${name}" is not in the code list` });
      if (found.length > 1 && !district) io.stderr(say(lang, { cs: `kpss: název "${name}" má ${found.length} obcí (${found.join(', ')}); všechny se berou, zúžíte přidáním --okres\n`, en: `kpss: the name "${name}" matches ${found.length} municipalities (${found.join(', ')}); all are taken, add --okres to narrow\n` }));
      for (const code of found) municipalities.add(code);
    }
  }

  // Records.
  const today = pragueDay(new Date());
  const registry = new Map<string, ImportedService>();
  let repeatedRecords = 0;
  for (const raw of records) {
    const imported = readService(raw, lists, today);
    if (!imported) continue;
    if (registry.has(imported.registryId)) repeatedRecords++;
    else registry.set(imported.registryId, imported);
  }
  // A wrong file (a code list, an empty export) must not empty a coordinator's catalogue on --merge.
  if (!registry.size) throw new UsageError({ cs: `${positionals[0]} neobsahuje žádné služby (záznamy s "identifikator")`, en: `${positionals[0]} holds no services (records with "identifikator")` });
  const selected: ImportedService[] = [];
  const dropped = { ended: 0, notStarted: 0, unmapped: 0, endedFacilities: 0, duplicateFacilities: 0 };
  // The same note for many services (an unmapped target group) is printed once, with their identifiers.
  const notes = new Map<string, { label: Label; ids: string[] }>();
  const inArea = (f: ImportedFacility) => (!district || f.districtCode === district) && (!municipalities || (f.municipalityCode !== undefined && municipalities.has(f.municipalityCode)));
  for (const imported of registry.values()) {
    const facilities = imported.facilities.filter(inArea);
    if (!facilities.length) continue;
    if (imported.state === 'ended') {
      dropped.ended++;
      continue;
    }
    if (imported.state === 'not-started') {
      dropped.notStarted++;
      continue;
    }
    dropped.endedFacilities += imported.droppedFacilities.ended.filter(inArea).length;
    dropped.duplicateFacilities += imported.droppedFacilities.duplicate.filter(inArea).length;
    for (const note of imported.notes) {
      const entry = notes.get(note.en) ?? { label: note, ids: [] };
      entry.ids.push(imported.registryId);
      notes.set(note.en, entry);
    }
    if (!imported.service) {
      dropped.unmapped++;
      continue;
    }
    const locations = facilities.map((f) => f.location);
    selected.push({ ...imported, facilities, service: { ...imported.service, locations } });
  }
  const kindOrder: readonly string[] = KIND_CODES;
  selected.sort((a, b) => kindOrder.indexOf(a.service!.kind) - kindOrder.indexOf(b.service!.kind) || a.service!.name.localeCompare(b.service!.name, 'cs'));

  // The file.
  const merge = mergeServices(Array.isArray(existing?.services) ? existing.services : [], selected, registry);
  let output: Record<string, unknown>;
  if (existing) output = { ...existing, services: merge.services };
  else {
    const areaName = district ? lists.districts!.get(district)! : [...municipalities!].map((c) => lists.municipalities!.get(c)!).join(', ');
    const municipalityNames = municipalities ? [...new Set([...municipalities].map((c) => lists.municipalities!.get(c)!))] : undefined;
    output = {
      $schema: REGION_SCHEMA_ID,
      schemaVersion: SCHEMA_VERSION,
      region: {
        id: slug(district ? `okres ${areaName}` : areaName),
        name: district ? areaName : municipalityNames![0]!,
        area: district ? `okres ${areaName}` : areaName,
        ...(municipalityNames ? { municipalities: municipalityNames } : {}),
      },
      services: merge.services,
    };
  }

  // Report.
  const areaLabel = district ? say(lang, { cs: `okres ${lists.districts!.get(district)}`, en: `district ${lists.districts!.get(district)}` }) : '';
  const townLabel = municipalities ? [...municipalities].map((c) => lists.municipalities!.get(c)).join(', ') : '';
  const area = [areaLabel, townLabel].filter(Boolean).join(say(lang, { cs: ', obce ', en: ', municipalities ' }));
  io.stderr(
    say(lang, {
      cs: `Registr: ${count('cs', records.length, NOUNS.record)}; v území ${area}: ${count('cs', selected.length, NOUNS.service)}\n`,
      en: `Registry: ${count('en', records.length, NOUNS.record)}; in ${area}: ${count('en', selected.length, NOUNS.service)}\n`,
    }),
  );
  const skipped = [
    dropped.ended && say(lang, { cs: `ukončené služby ${dropped.ended}`, en: `ended services ${dropped.ended}` }),
    dropped.notStarted && say(lang, { cs: `dosud neposkytované ${dropped.notStarted}`, en: `not yet provided ${dropped.notStarted}` }),
    dropped.unmapped && say(lang, { cs: `bez kódu v taxonomii ${dropped.unmapped}`, en: `without a slug ${dropped.unmapped}` }),
    dropped.endedFacilities && say(lang, { cs: `ukončená zařízení ${dropped.endedFacilities}`, en: `ended facilities ${dropped.endedFacilities}` }),
    dropped.duplicateFacilities && say(lang, { cs: `zdvojená zařízení ${dropped.duplicateFacilities}`, en: `repeated facilities ${dropped.duplicateFacilities}` }),
    repeatedRecords && say(lang, { cs: `zdvojené záznamy ${repeatedRecords}`, en: `repeated records ${repeatedRecords}` }),
  ].filter(Boolean);
  if (skipped.length) io.stderr(say(lang, { cs: `Vynecháno: ${skipped.join(', ')}\n`, en: `Left out: ${skipped.join(', ')}\n` }));
  printChanges(io, lang, { cs: 'Přidáno', en: 'Added' }, '+', merge.added);
  printChanges(io, lang, { cs: 'Změněno', en: 'Changed' }, '~', merge.changed);
  printChanges(io, lang, { cs: 'Odebráno', en: 'Removed' }, '-', merge.removed);
  if (existing) {
    io.stderr(
      say(lang, {
        cs: `Beze změny: ${merge.unchanged}; ponechané služby bez registryId (návazné a ručně přidané): ${merge.handMade}\n`,
        en: `Unchanged: ${merge.unchanged}; kept services without registryId (related and hand-made): ${merge.handMade}\n`,
      }),
    );
  }
  const ids = (list: string[]) => (list.length > 5 ? `${list.slice(0, 5).join(', ')} … (${list.length})` : list.join(', '));
  const allNotes = [...[...notes.values()].map(({ label, ids: list }) => ({ cs: `${ids(list)}: ${label.cs}`, en: `${ids(list)}: ${label.en}` })), ...merge.notes];
  if (allNotes.length) {
    io.stderr(say(lang, { cs: 'Poznámky:\n', en: 'Notes:\n' }));
    for (const n of allNotes) io.stderr(`  ! ${say(lang, n)}\n`);
  }

  // Never write a file the widgets would not take.
  const check = checkRegionJson(output);
  if (check.errors.length) {
    io.stderr(say(lang, { cs: 'kpss: výsledek by nebyl platný, nic se nezapsalo:\n', en: 'kpss: the result would not be valid, nothing was written:\n' }));
    for (const p of check.errors) io.stderr(`  ${p.path}: ${p.reason[lang]}\n`);
    return EXIT.invalid;
  }
  // Never empty a catalogue by mistake (a partial registry export, the wrong district): a large removal needs --yes.
  const before = Array.isArray(existing?.services) ? existing.services.length : 0;
  const large = tooManyRemoved(merge.removed.length, before);
  const removal = {
    cs: `sloučení by odebralo ${count('cs', merge.removed.length, NOUNS.service)} z ${before} (víc než ${FEW_REMOVED} a víc než ${FEW_REMOVED_SHARE * 100} % souboru)`,
    en: `the merge would remove ${merge.removed.length} of ${count('en', before, NOUNS.service)} (more than ${FEW_REMOVED} and more than ${FEW_REMOVED_SHARE * 100} % of the file)`,
  };
  if (values['dry-run']) {
    if (large) io.stderr(say(lang, { cs: `kpss: ${removal.cs}: bez --yes by se nezapsalo\n`, en: `kpss: ${removal.en}: without --yes it would not be written\n` }));
    io.stderr(
      say(lang, {
        cs: `Zkouška nanečisto (--dry-run): nic se nezapsalo; zápis by obsahoval ${count('cs', merge.services.length, NOUNS.service)}\n`,
        en: `Dry run (--dry-run): nothing was written; the file would hold ${count('en', merge.services.length, NOUNS.service)}\n`,
      }),
    );
    return EXIT.ok;
  }
  if (large && !values.yes) {
    io.stderr(
      say(lang, {
        cs:
          `kpss: ${removal.cs}; nic se nezapsalo.\n` +
          `Služby, které by se odebraly, jsou vypsané výše (Odebráno). Zkontrolujte, že soubor registru je úplný a území správné; ` +
          `je-li odebrání v pořádku, spusťte příkaz znovu s --yes (s --dry-run si výsledek nejdřív prohlédnete).\n`,
        en:
          `kpss: ${removal.en}; nothing was written.\n` +
          `The services that would go are listed above (Removed). Check that the registry file is complete and the area right; ` +
          `if the removal is right, run it again with --yes (--dry-run shows the result first).\n`,
      }),
    );
    return EXIT.invalid;
  }
  const text = JSON.stringify(output, null, 2) + '\n';
  if (values.out) {
    const target = io.resolve(values.out);
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    await writeFile(temp, text);
    await rename(temp, target);
    io.stderr(say(lang, { cs: `Zapsáno: ${values.out} (${count('cs', merge.services.length, NOUNS.service)})\n`, en: `Written: ${values.out} (${count('en', merge.services.length, NOUNS.service)})\n` }));
  } else io.stdout(text);
  return EXIT.ok;
}
