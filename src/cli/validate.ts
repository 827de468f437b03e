/**
 * `kpss validate FILE…`: checks region files with the widgets' own schema and
 * parser (src/data/schema.ts, src/data/parse.ts), so the command line and the
 * widgets cannot disagree.
 *
 * Errors: anything that makes the widgets refuse the file (not JSON, another
 * schemaVersion, a broken frame) or skip a part of it (a bad service or event,
 * a bad plan or survey; the widgets only warn in the console, the validator
 * does not let it pass). Warnings: things the widgets accept but that are probably mistakes
 * (a field they do not know, so never show; a registered service the registry
 * import cannot match; an endpoint a town's own page cannot send to; markup in
 * the plan's text, phases whose dates disagree: plan-warnings.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseRegionData, RegionDataError, type RegionData } from '../data/parse.js';
import { formatPath, registerReasons, type DataProblem } from '../data/problems.js';
import { reasonOf } from '../data/problem-reasons.js';
import { checkServices } from '../data/service-schema.js';
import { checkEvents } from '../data/event-schema.js';
import { checkPlan } from '../data/plan-schema.js';
import { checkSurvey } from '../data/survey-schema.js';
import { checkParticipation } from '../data/participation-schema.js';
import { RegionFile } from '../data/region-file.js';
import type { Node, Schema } from '../data/shape.js';
import { KIND_CODES, type Label } from '../data/taxonomy.js';
import { isObject, positionOf, scanJson, type TextPosition } from './json-text.js';
import { codeHints, distance } from './suggest.js';
import { planAndParticipationWarnings } from './plan-warnings.js';
import { count, isLang, NOUNS, say, type Lang } from './lang.js';
import { EXIT, parseOptions, UsageError, type Io } from './io.js';

// The command line words every problem it reports.
registerReasons(reasonOf);

export interface Finding extends DataProblem {
  readonly at?: TextPosition;
}

export interface RegionCheck {
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
  /** The widgets would refuse the whole file (as opposed to skipping parts of it). */
  readonly refused: boolean;
  /** What the widgets would show, when they accept the file. */
  readonly data?: RegionData;
}

// ── Warnings: the schema's own shape tells which fields exist ────────────────

export interface CheckOptions {
  /**
   * The file is served by kpss-server (`--served-by-kpss-server`), which makes
   * relative endpoints absolute on its public URL: they are right there, so
   * they are not warned about. Every other warning stays.
   */
  readonly servedByKpssServer?: boolean;
}

// ── Warnings: endpoints a town's own page cannot send to ─────────────────────

/** What a receiver gets, by the endpoint's field (the message names it). */
const SENT: Record<string, Label> = {
  'plan.commenting.endpoint': { cs: 'připomínky', en: 'comments' },
  'survey.endpoint': { cs: 'odpovědi ankety', en: 'survey answers' },
};
const SENT_OTHER: Label = { cs: 'odeslaná data', en: 'what residents send' };
const EXAMPLE_HOST = 'https://kpss.klatovy.cz';

/** `localhost`, `*.localhost`, 127.x.x.x, `[::1]`: the machine the browser runs on. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}

/**
 * Why a resident's browser on a town's own site would not reach the receiver
 * at this endpoint, or undefined when it would. One reason per field.
 */
function endpointProblem(path: string, raw: string, options: CheckOptions): Label | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  const sent = SENT[path] ?? SENT_OTHER;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  // `//host/path` names its host and takes the page's scheme: not relative.
  if (!hasScheme && !value.startsWith('//')) {
    if (options.servedByKpssServer) return undefined;
    let example = `${EXAMPLE_HOST}/api/feedback`;
    try {
      example = new URL(value, `${EXAMPLE_HOST}/`).href;
    } catch {
      // Not a URL at all: keep the plain example.
    }
    return {
      cs:
        `relativní adresa „${value}“ funguje, jen když soubor vydává sám kpss-server (doplní ji na svou veřejnou adresu, KPSS_PUBLIC_URL; ` +
        `pak použijte --served-by-kpss-server); soubor umístěný jinde, třeba na webu obce, posílá ${sent.cs} serveru obce, kde příjemce neběží: ` +
        `uveďte plnou adresu příjemce s https://, např. ${example}`,
      en:
        `relative address "${value}" works only when kpss-server itself serves the file (it makes it absolute on its public URL, KPSS_PUBLIC_URL; ` +
        `then use --served-by-kpss-server); a file placed anywhere else, such as a town's own site, sends ${sent.en} to that site's server, ` +
        `which does not run the receiver: write the receiver's full https:// address, e.g. ${example}`,
    };
  }
  let url: URL;
  try {
    url = new URL(value, `${EXAMPLE_HOST}/`);
  } catch {
    return undefined; // Not a URL: the widgets do not send anywhere, and the schema keeps URLs as plain text.
  }
  // Loopback gets its own warning, not the mixed-content one, which would be
  // wrong for it: browsers treat http://localhost, 127.0.0.1 and [::1] as
  // potentially trustworthy (W3C Secure Contexts), so an https page may send
  // there, and nothing leaves the machine unencrypted. It is not silently
  // exempt either: such an address is fine while developing, but in a
  // published file it sends every resident's comments to their own computer,
  // the very mistake these warnings are for. A warning never fails the run,
  // so a development file still passes.
  if (isLoopback(url.hostname)) {
    return {
      cs: `adresa „${value}“ míří na tento počítač: hodí se jen k vývoji; z webu obce by prohlížeč každého obyvatele posílal ${sent.cs} na jeho vlastní počítač. Soubor pro web potřebuje plnou https:// adresu příjemce, např. ${EXAMPLE_HOST}${url.pathname}`,
      en: `"${value}" points at this computer: fine for development only; from a town's site every resident's browser would send ${sent.en} to their own computer. A published file needs the receiver's full https:// address, e.g. ${EXAMPLE_HOST}${url.pathname}`,
    };
  }
  if (url.protocol === 'http:') {
    const secure = `https:${url.href.slice('http:'.length)}`;
    return {
      cs: `adresa „${value}“ začíná http:, ne https: stránka obce na https do ní prohlížeč nic neodešle (blokuje smíšený obsah) a ${sent.cs} by šly sítí nešifrovaně; uveďte ${secure}`,
      en: `"${value}" is http:, not https: a town page served over https cannot send to it (the browser blocks mixed content), and ${sent.en} would travel unencrypted; write ${secure}`,
    };
  }
  return undefined;
}

/**
 * Warnings the schema's shape finds: unknown fields, and endpoints. Endpoints
 * are the fields named `endpoint` (plan.commenting.endpoint, survey.endpoint),
 * so one the schema gains later is checked too.
 */
function fieldWarnings(schema: Schema, value: unknown, path: PropertyKey[], out: DataProblem[], options: CheckOptions): void {
  const node = schema as Node;
  if (node.kind === 'optional') return fieldWarnings(node.inner, value, path, out, options);
  if (node.kind === 'array' && Array.isArray(value)) {
    value.forEach((item, index) => fieldWarnings(node.element, item, [...path, index], out, options));
  } else if (node.kind === 'object' && isObject(value)) {
    const known = Object.keys(node.shape);
    for (const [key, child] of Object.entries(value)) {
      const field = Object.hasOwn(node.shape, key) ? node.shape[key] : undefined;
      if (field) {
        if (key === 'endpoint' && typeof child === 'string') {
          const at = formatPath([...path, key]);
          const reason = endpointProblem(at, child, options);
          if (reason) out.push({ path: at, reason });
        }
        fieldWarnings(field, child, [...path, key], out, options);
        continue;
      }
      const near = known.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= (key.length <= 4 ? 1 : 2));
      const hint = near ? { cs: ` (nemá to být „${near}“?)`, en: ` (did you mean "${near}"?)` } : { cs: '', en: '' };
      out.push({
        path: formatPath([...path, key]),
        reason: { cs: `neznámá položka, widgety ji nečtou${hint.cs}`, en: `unknown field, the widgets ignore it${hint.en}` },
      });
    }
  }
}

function warningsOf(json: unknown, options: CheckOptions): DataProblem[] {
  const out: DataProblem[] = [];
  fieldWarnings(RegionFile, json, [], out, options);
  const services = isObject(json) && Array.isArray(json.services) ? json.services : [];
  services.forEach((service, index) => {
    if (isObject(service) && typeof service.kind === 'string' && (KIND_CODES as readonly string[]).includes(service.kind) && service.kind !== 'navazna-sluzba' && !service.registryId) {
      out.push({
        path: `services[${index}].registryId`,
        reason: {
          cs: 'registrovaná služba bez registryId: import z registru ji nespáruje (identifikátor najdete v registru poskytovatelů)',
          en: 'registered service without registryId: the registry import cannot match it (the identifier is in the national registry)',
        },
      });
    }
  });
  out.push(...planAndParticipationWarnings(json));
  return out;
}

// ── Errors: the widgets' parser plus the whole-file schema ───────────────────

/**
 * The problems of the parts (each service and event, repeated ids, the plan,
 * the survey, participation) when the frame is broken and the parser stopped before them:
 * each part's own rules, as the widgets would apply them to a good frame.
 * Whatever else breaks the frame ($schema, region, schemaVersion) does not
 * hide them.
 */
function recordProblems(json: unknown): DataProblem[] {
  if (!isObject(json)) return [];
  const out: DataProblem[] = [];
  if (Array.isArray(json.services)) checkServices(json.services, out);
  if (Array.isArray(json.events)) checkEvents(json.events, out);
  checkPlan(json.plan, out);
  checkSurvey(json.survey, out);
  checkParticipation(json.participation, out);
  return out;
}

/**
 * Checks parsed JSON with the widgets' parser: what it refuses (the frame)
 * and what it skips (records, plan, survey) are errors, all in one run.
 */
export function checkRegionJson(json: unknown, options: CheckOptions = {}): RegionCheck {
  try {
    const data = parseRegionData(json);
    return { errors: withHints(json, data.warnings), warnings: warningsOf(json, options), refused: false, data };
  } catch (error) {
    if (!(error instanceof RegionDataError)) throw error;
    // Another schema version: the rest would be judged by the wrong rules.
    if (error.kind === 'version') return { errors: error.problems, warnings: [], refused: true };
    return { errors: withHints(json, [...error.problems, ...recordProblems(json)]), warnings: warningsOf(json, options), refused: true };
  }
}

/** An unknown code's problem with the nearest known codes (suggest.ts). */
function withHints(json: unknown, problems: readonly DataProblem[]): DataProblem[] {
  const hints = codeHints(RegionFile, json);
  return problems.map((p) => {
    const hint = hints.get(p.path);
    return hint ? { path: p.path, reason: { cs: p.reason.cs + hint.cs, en: p.reason.en + hint.en } } : p;
  });
}

export type TextCheck = RegionCheck & { readonly notJson?: boolean };

/** Checks a file's text: JSON syntax (with line and column), then the content, with positions. */
export function checkRegionText(text: string, options: CheckOptions = {}): TextCheck {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // fetch() drops a BOM too
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const scan = scanJson(source);
    const reason = scan.ok ? { cs: String(error), en: String(error) } : scan.reason;
    const at = scan.ok ? undefined : scan.at;
    return { errors: [{ path: '(root)', reason: { cs: `není platný JSON: ${reason.cs}`, en: `not valid JSON: ${reason.en}` }, ...(at ? { at } : {}) }], warnings: [], refused: true, notJson: true };
  }
  const check = checkRegionJson(json, options);
  const scan = scanJson(source);
  const place = (p: DataProblem): Finding => {
    const at = scan.ok ? positionOf(scan.positions, p.path) : undefined;
    return at ? { ...p, at } : p;
  };
  // In file order, as someone fixing it reads it.
  const byPlace = (a: Finding, b: Finding) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.column ?? 0) - (b.at?.column ?? 0);
  return { ...check, errors: check.errors.map(place).sort(byPlace), warnings: check.warnings.map(place).sort(byPlace) };
}

// ── The command ──────────────────────────────────────────────────────────────

function line(lang: Lang, severity: 'error' | 'warning', f: Finding): string {
  const tag = severity === 'error' ? say(lang, { cs: 'CHYBA    ', en: 'ERROR    ' }) : say(lang, { cs: 'VAROVÁNÍ ', en: 'WARNING  ' });
  const at = f.at ? say(lang, { cs: ` (řádek ${f.at.line}, sloupec ${f.at.column})`, en: ` (line ${f.at.line}, column ${f.at.column})` }) : '';
  return `  ${tag} ${f.path}${at}: ${f.reason[lang]}`;
}

/** The paragraphs of the plan's text, of its sections and measures. */
function paragraphsOf(plan: NonNullable<RegionData['plan']>): number {
  let n = 0;
  for (const section of plan.sections ?? []) {
    n += section.paragraphs?.length ?? 0;
    for (const measure of section.measures ?? []) n += measure.paragraphs?.length ?? 0;
  }
  return n;
}

/** ` – 41 odstavců`, ` – 5 fází a 9 dokumentů`: the counts that are not 0, or nothing (no brackets: the list is in brackets already). */
function counted(lang: Lang, counts: readonly [number, Parameters<typeof count>[2]][]): string {
  const parts = counts.filter(([n]) => n > 0).map(([n, noun]) => count(lang, n, noun));
  return parts.length ? ` – ${parts.join(say(lang, { cs: ' a ', en: ' and ' }))}` : '';
}

function summary(lang: Lang, check: TextCheck): string {
  const e = count(lang, check.errors.length, NOUNS.error);
  const w = count(lang, check.warnings.length, NOUNS.warning);
  if (check.errors.length === 0) {
    const d = check.data!;
    const what = [count(lang, d.services.length, NOUNS.service), count(lang, d.events.length, NOUNS.event)];
    if (d.plan) what.push(say(lang, { cs: 'plán', en: 'a plan' }) + counted(lang, [[paragraphsOf(d.plan), NOUNS.paragraph]]));
    if (d.participation) {
      const { phases = [], documents = [] } = d.participation;
      what.push(say(lang, { cs: 'jak se zapojit', en: 'taking part' }) + counted(lang, [[phases.length, NOUNS.phase], [documents.length, NOUNS.document]]));
    }
    return say(lang, { cs: `  ✓ v pořádku (${what.join(', ')}); ${e}, ${w}`, en: `  ✓ valid (${what.join(', ')}); ${e}, ${w}` });
  }
  let effect: string;
  if (check.notJson) effect = say(lang, { cs: 'widgety soubor nenačtou', en: 'the widgets cannot read the file' });
  else if (check.refused) effect = say(lang, { cs: 'widgety místo obsahu ukážou chybu', en: 'the widgets show an error instead of the content' });
  else effect = say(lang, { cs: 'widgety vadné části vynechají', en: 'the widgets skip the broken parts' });
  return say(lang, { cs: `  ✗ ${e}, ${w}: ${effect}`, en: `  ✗ ${e}, ${w}: ${effect}` });
}

export const VALIDATE_HELP = {
  cs: `Použití: kpss validate SOUBOR… [--served-by-kpss-server] [--lang cs|en]

Zkontroluje soubory s daty regionu stejnými pravidly, jaká používají widgety.
Vypíše každý problém s cestou v JSON (services[3].kind), řádkem a důvodem.

Relativní adresa příjemce (plan.commenting.endpoint, survey.endpoint, třeba
/api/feedback) je varování: na webu obce by připomínky šly serveru obce.
  --served-by-kpss-server  soubor vydává kpss-server, který relativní adresy
                           doplní na svou veřejnou adresu (KPSS_PUBLIC_URL);
                           varování o nich se nevypíše, ostatní ano

Návratový kód: 0 vše v pořádku (varování nevadí), 1 některý soubor má chyby,
2 chybné použití (neznámá volba, soubor nejde přečíst).`,
  en: `Usage: kpss validate FILE… [--served-by-kpss-server] [--lang cs|en]

Checks region data files with the same rules the widgets use. Prints every
problem with its JSON path (services[3].kind), its line and the reason.

A relative receiver address (plan.commenting.endpoint, survey.endpoint, such
as /api/feedback) is a warning: on a town's own site, comments would go to
the town's server.
  --served-by-kpss-server  the file is served by kpss-server, which makes
                           relative addresses absolute on its public URL
                           (KPSS_PUBLIC_URL); no warning about them, the
                           others stay

Exit code: 0 all valid (warnings allowed), 1 a file has errors,
2 usage error (unknown option, unreadable file).`,
} as const;

export async function runValidate(args: readonly string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { lang: { type: 'string' }, 'served-by-kpss-server': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    VALIDATE_HELP,
  );
  const options: CheckOptions = { servedByKpssServer: values['served-by-kpss-server'] === true };
  if (values.lang !== undefined) {
    if (!isLang(values.lang)) throw new UsageError({ cs: `neznámý jazyk "${values.lang}" (cs nebo en)`, en: `unknown language "${values.lang}" (cs or en)` }, VALIDATE_HELP);
    lang = values.lang;
  }
  if (values.help) {
    io.stdout(VALIDATE_HELP[lang] + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError({ cs: 'chybí soubor ke kontrole', en: 'no file to check' }, VALIDATE_HELP);

  let failed = 0;
  let unreadable = 0;
  for (const file of positionals) {
    io.stdout(`${file}\n`);
    let text: string;
    try {
      text = await readFile(io.resolve(file), 'utf8');
    } catch (error) {
      unreadable++;
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? { cs: 'soubor neexistuje', en: 'file not found' }
          : code === 'EISDIR'
            ? { cs: 'je to složka, ne soubor', en: 'it is a directory, not a file' }
            : { cs: `soubor nejde přečíst (${code ?? String(error)})`, en: `cannot read the file (${code ?? String(error)})` };
      io.stdout(`  ${say(lang, { cs: 'NELZE PŘEČÍST', en: 'UNREADABLE' })} ${say(lang, why)}\n`);
      continue;
    }
    const check = checkRegionText(text, options);
    for (const f of check.errors) io.stdout(line(lang, 'error', f) + '\n');
    for (const f of check.warnings) io.stdout(line(lang, 'warning', f) + '\n');
    io.stdout(summary(lang, check) + '\n');
    if (check.errors.length) failed++;
  }
  if (positionals.length > 1) {
    const n = positionals.length;
    const ok = n - failed - unreadable;
    io.stdout(
      say(lang, {
        cs: `\n${count('cs', n, NOUNS.file)}: ${ok} v pořádku, ${failed} s chybami${unreadable ? `, ${unreadable} nejde přečíst` : ''}\n`,
        en: `\n${count('en', n, NOUNS.file)}: ${ok} valid, ${failed} with errors${unreadable ? `, ${unreadable} unreadable` : ''}\n`,
      }),
    );
  }
  return unreadable ? EXIT.usage : failed ? EXIT.invalid : EXIT.ok;
}
