/**
 * The national registry of social services (MPSV open data, `rpss.json`) and
 * its code lists, read into our region data. EVERY registry field name and
 * code this project relies on is in this module and nowhere else, so it can be
 * corrected against the real file (and its `rpss.schema.json`) in one place.
 *
 * What is verified and what is assumed (see also src/cli/README.section.md):
 * - From public code that processes the real file: root key
 *   `polozky`; record keys `identifikator`, `datumPoskytovaniOd/Do`,
 *   `druhSocialniSluzby {id}`, `ciloveSkupiny [{cilovaSkupina {id}}]`,
 *   `formy [{forma {id}, kapacity [{pocet, typ {id}}]}]` with forms
 *   amb/ter/pob and capacity types klient/kontakt/interv/luzka/hovor,
 *   `zarizeni [{nazev, poskytujeOd/Do, adresa {…codes…}}]`, contacts as
 *   `weby/emaily/telefony` on the service and on `poskytovatel`; code lists are
 *   files with items `{id, nazev: {cs}}`. `DruhSocialniSluzby/13` is "domovy
 *   pro seniory", `CilovaSkupinaOsoby/24` senioři, `/26` pečující osoby,
 *   `/27` paliativní péče, `/30` demence.
 * - Assumed: the shape of `vekoveSkupiny` items (read like `ciloveSkupiny`),
 *   `utajenaAdresa` on a facility whose address is withheld, `typCislaDomovniho`
 *   `/2` for an evidence number, the root key `polozky` in the code list files
 *   too (a bare array is accepted as well).
 * Codes are matched to our slugs by the code list's Czech name, because our
 * Czech labels are the registry's wording (src/l10n/cs/labels.ts); the override
 * tables below pin a registry code when a name does not match.
 */
import type { Place, Service } from '../data/schema.js';
import { FORM_CODES, type AgeGroupCode, type FormCode, type KindCode, type Label, type TargetGroupCode } from '../data/taxonomy.js';
import { csLabels } from '../l10n/cs/labels.js';
import { fold } from '../data/text.js';
import { isObject } from './json-text.js';

// ── Files ────────────────────────────────────────────────────────────────────

/** The list of services: `{"polozky": [record, …]}`. */
export const RECORDS_KEY = 'polozky';

/** Code list files in the --codelists folder (names as on data.mpsv.cz/od/soubory/ciselniky/). */
export const CODE_LIST_FILES = {
  kinds: { file: 'druhy-socialni-sluzby.json', required: true },
  targetGroups: { file: 'cilove-skupiny-osoby.json', required: true },
  districts: { file: 'okresy.json', required: true },
  municipalities: { file: 'obce.json', required: true },
  forms: { file: 'formy-soc-sluzby.json', required: false },
  ageGroups: { file: 'vekove-skupiny-osoby.json', required: false },
  municipalityParts: { file: 'casti-obci.json', required: false },
} as const;
export type CodeListName = keyof typeof CODE_LIST_FILES;

/** A code list: registry code (the part after the last "/") → Czech name. */
export type CodeList = ReadonlyMap<string, string>;
export type CodeLists = { readonly [K in CodeListName]?: CodeList };

// ── Overrides and aliases (the place to correct against the real file) ──────

/** Registry codes pinned to our kinds, checked before the name. */
export const KIND_BY_CODE: Readonly<Record<string, KindCode>> = {
  '13': 'domovy-pro-seniory', // verified in the real data
};
/** Registry names that differ from our Czech labels (folded: lower case, no diacritics). */
export const KIND_ALIASES: Readonly<Record<string, KindCode>> = {
  'socialni sluzby poskytovane ve zdravotnickych zarizenich luzkove pece': 'socialni-sluzby-ve-zdravotnickych-zarizenich',
  'centra dusevniho zdravi': 'centrum-dusevniho-zdravi',
};
export const TARGET_GROUP_BY_CODE: Readonly<Record<string, TargetGroupCode>> = {
  '24': 'seniori',
  '26': 'pecujici-osoby',
  '27': 'osoby-s-potrebou-paliativni-pece',
  '30': 'osoby-zijici-s-demenci',
};
export const TARGET_GROUP_ALIASES: Readonly<Record<string, TargetGroupCode>> = {
  'rodiny s ditetem/detmi': 'rodiny-s-detmi',
  'rodiny s detmi': 'rodiny-s-detmi',
};
export const AGE_GROUP_BY_CODE: Readonly<Record<string, AgeGroupCode>> = {};
export const AGE_GROUP_ALIASES: Readonly<Record<string, AgeGroupCode>> = {};

/** `FormaSocialniSluzby/amb` etc. */
export const FORM_BY_CODE: Readonly<Record<string, FormCode>> = { amb: 'ambulantni', ter: 'terenni', pob: 'pobytova' };

/** Capacity units by `TypKapacitySocialniSluzby` code, Czech plural forms (1, 2–4, 5+). */
export const CAPACITY_UNITS: Readonly<Record<string, readonly [one: string, few: string, other: string]>> = {
  klient: ['klient', 'klienti', 'klientů'],
  kontakt: ['kontakt', 'kontakty', 'kontaktů'],
  interv: ['intervence', 'intervence', 'intervencí'],
  luzka: ['lůžko', 'lůžka', 'lůžek'],
  hovor: ['hovor', 'hovory', 'hovorů'],
};

// ── Small readers ────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t || undefined;
};

/** The code of a reference: `{"id": "Obec/554499"}` → "554499". */
export function codeOf(ref: unknown): string | undefined {
  const id = isObject(ref) ? str(ref.id) : str(ref);
  return id?.split('/').pop();
}

/** An item of a list of references, `{"cilovaSkupina": {"id": …}}` or `{"id": …}`. */
function itemCode(item: unknown): string | undefined {
  if (!isObject(item)) return codeOf(item);
  if ('id' in item) return codeOf(item);
  for (const value of Object.values(item)) if (isObject(value) && 'id' in value) return codeOf(value);
  return undefined;
}

/** A code list file's items → code → Czech name. */
export function readCodeList(json: unknown): Map<string, string> {
  const items = Array.isArray(json) ? json : isObject(json) ? list(json[RECORDS_KEY]) : [];
  const map = new Map<string, string>();
  for (const item of items) {
    if (!isObject(item)) continue;
    const code = codeOf(item);
    const name = isObject(item.nazev) ? str(item.nazev.cs) : str(item.nazev);
    if (code && name) map.set(code, name);
  }
  return map;
}

/** The records of rpss.json, or undefined when the file does not have that shape. */
export function readRecords(json: unknown): unknown[] | undefined {
  return isObject(json) && Array.isArray(json[RECORDS_KEY]) ? json[RECORDS_KEY] : undefined;
}

const day = (v: unknown) => str(v)?.slice(0, 10);

/** A name folded for comparison: lower case, no diacritics, no § number, single spaces. */
export function foldName(name: string): string {
  return fold(name)
    .replace(/\(?\s*§\s*\d+[a-z]?\s*\)?/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,]+$/, '')
    .trim();
}

function byName<C extends string>(labels: Readonly<Record<C, string>>, aliases: Readonly<Record<string, C>>): Map<string, C> {
  const map = new Map<string, C>(Object.entries(aliases) as [string, C][]);
  for (const [code, label] of Object.entries(labels) as [C, string][]) map.set(foldName(label), code);
  return map;
}
const KIND_NAMES = byName(csLabels.kinds, KIND_ALIASES);
const TARGET_GROUP_NAMES = byName(csLabels.targetGroups, TARGET_GROUP_ALIASES);
const AGE_GROUP_NAMES = byName(csLabels.ageGroups, AGE_GROUP_ALIASES);

function mapCode<C extends string>(code: string | undefined, pinned: Readonly<Record<string, C>>, names: Map<string, C>, codeList: CodeList | undefined): C | undefined {
  if (!code) return undefined;
  const name = codeList?.get(code);
  return pinned[code] ?? (name ? names.get(foldName(name)) : undefined);
}

// ── Text made from codes ─────────────────────────────────────────────────────

function formatPsc(psc: string | undefined): string | undefined {
  const digits = psc?.replace(/\s/g, '');
  return digits && /^\d{5}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3)}` : psc;
}

/** "Vídeňská 66/12, 339 01 Klatovy"; without a street "Běšiny 123, 339 01 Běšiny". */
function formatAddress(a: Json, lists: CodeLists): { text?: string; unknownMunicipality?: string } {
  const municipalityCode = codeOf(a.obec);
  const municipality = municipalityCode ? lists.municipalities?.get(municipalityCode) : undefined;
  const part = codeOf(a.castObce);
  const partName = part ? lists.municipalityParts?.get(part) : undefined;
  const street = isObject(a.ulice) ? str(a.ulice.nazev) : str(a.ulice);
  const evidence = codeOf(a.typCislaDomovniho) === '2';
  const house = str(a.cisloDomovni);
  const orientation = str(a.cisloOrientacni);
  const number = house ? `${evidence ? 'č. ev. ' : ''}${house}${orientation ? `/${orientation}` : ''}` : orientation;
  const place = street ?? partName ?? municipality;
  const first = [place, number].filter(Boolean).join(' ');
  const second = [formatPsc(str(a.psc)), municipality].filter(Boolean).join(' ');
  const text = [first, second].filter(Boolean).join(', ');
  return { ...(text ? { text } : {}), ...(municipalityCode && !municipality ? { unknownMunicipality: municipalityCode } : {}) };
}

function formatPhone(raw: string): string {
  const digits = raw.replace(/[\s()-]/g, '');
  const m = /^(?:\+420|00420)?(\d{9})$/.exec(digits);
  return m ? `+420 ${m[1]!.slice(0, 3)} ${m[1]!.slice(3, 6)} ${m[1]!.slice(6)}` : raw.trim();
}

/** A web address as a link: "www.x.cz" and "x.cz" get "http://" (the site redirects if it has https). */
function formatWeb(raw: string): string {
  const v = raw.trim();
  return /^https?:\/\//i.test(v) || !/^[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(v) ? v : `http://${v}`;
}

/** `weby: [{web}]`, `emaily: [{email}]`, `telefony: [{telefon}]`; a `poznamka` (note) is never read. */
function contacts(owner: unknown) {
  const o = isObject(owner) ? owner : {};
  const pick = (key: string, field: string) => [...new Set(list(o[key]).map((item) => (isObject(item) ? str(item[field]) : str(item))).filter((v): v is string => !!v))];
  return {
    webs: pick('weby', 'web').map(formatWeb),
    emails: pick('emaily', 'email'),
    phones: pick('telefony', 'telefon').map(formatPhone),
  };
}

function capacityText(count: number, type: string | undefined): string {
  const unit = type ? CAPACITY_UNITS[type] : undefined;
  if (!unit) return `${count}${type ? ` (${type})` : ''}`;
  const category = new Intl.PluralRules('cs').select(count);
  return `${count} ${category === 'one' ? unit[0] : category === 'few' ? unit[1] : unit[2]}`;
}

// ── Records ──────────────────────────────────────────────────────────────────

export interface ImportedFacility {
  readonly districtCode?: string;
  readonly municipalityCode?: string;
  readonly location: Place;
}

export type ServiceState = 'active' | 'ended' | 'not-started';

export interface ImportedService {
  readonly registryId: string;
  readonly state: ServiceState;
  /** datumPoskytovaniDo of an ended service. */
  readonly endedOn?: string;
  /** Facilities still provided, each once. */
  readonly facilities: readonly ImportedFacility[];
  /** Facilities left out: closed (poskytujeDo in the past) or listed again. */
  readonly droppedFacilities: { readonly ended: readonly ImportedFacility[]; readonly duplicate: readonly ImportedFacility[] };
  /** The service with every facility as a location; undefined when its kind or forms have no slug (see notes). */
  readonly service?: Service;
  /** Codes that could not be mapped, and similar notes. */
  readonly notes: readonly Label[];
}

/**
 * Our fields that the registry fills; on a merge they are refreshed from the
 * registry and everything else a coordinator wrote is kept. `name` is not
 * among them: the registry has no name of a service, so ours is made once
 * (see serviceName) and then belongs to the coordinator.
 */
export const REGISTRY_FIELDS = ['registryId', 'provider', 'kind', 'forms', 'targetGroups', 'ageGroups', 'locations', 'contact', 'capacity'] as const satisfies readonly (keyof Service)[];

/** Our name for a service: the facility's name when it has one (other than the provider's), else "Kind – provider". */
function serviceName(record: Json, kind: KindCode, providerName: string, facilities: readonly ImportedFacility[]): string {
  const own = str(record.nazev);
  if (own) return own;
  const names = [...new Set(facilities.map((f) => f.location.name).filter((n): n is string => !!n))];
  if (names.length === 1 && foldName(names[0]!) !== foldName(providerName)) return names[0]!;
  return `${csLabels.kinds[kind]} – ${providerName}`;
}

/**
 * Reads one registry record. Never touches `poskytovatel.statutarniOrgany`
 * (personal names), facility heads or any `poznamka`, nor `doplnkoveUdaje`
 * (its URLs are registry documents, not contacts): only the keys named here.
 */
export function readService(raw: unknown, lists: CodeLists, today: string): ImportedService | undefined {
  if (!isObject(raw)) return undefined;
  const registryId = str(raw.identifikator);
  if (!registryId) return undefined;
  const notes: Label[] = [];

  const from = day(raw.datumPoskytovaniOd);
  const until = day(raw.datumPoskytovaniDo);
  const state: ServiceState = until && until < today ? 'ended' : from && from > today ? 'not-started' : 'active';

  // Facilities: ended ones and repeats dropped.
  const facilities: ImportedFacility[] = [];
  const seen = new Set<string>();
  const ended: ImportedFacility[] = [];
  const duplicate: ImportedFacility[] = [];
  for (const z of list(raw.zarizeni)) {
    if (!isObject(z)) continue;
    const name = str(z.nazev);
    const a = isObject(z.adresa) && !z.utajenaAdresa ? z.adresa : undefined;
    const address = a ? formatAddress(a, lists) : {};
    // The same facility listed twice: the same address point (or address) and name.
    const key = `${str(a?.kodAdresnihoMista) ?? fold(address.text ?? '')}|${fold(name ?? '')}`;
    const districtCode = codeOf(isObject(z.adresa) ? z.adresa.okres : undefined);
    const municipalityCode = codeOf(isObject(z.adresa) ? z.adresa.obec : undefined);
    const facility: ImportedFacility = {
      ...(districtCode ? { districtCode } : {}),
      ...(municipalityCode ? { municipalityCode } : {}),
      location: { ...(name ? { name } : {}), ...(address.text ? { address: address.text } : {}) },
    };
    const zUntil = day(z.poskytujeDo);
    if (zUntil && zUntil < today) ended.push(facility);
    else if (seen.has(key)) duplicate.push(facility);
    else {
      seen.add(key);
      facilities.push(facility);
      if (address.unknownMunicipality) notes.push({ cs: `obec ${address.unknownMunicipality} není v číselníku obcí`, en: `municipality ${address.unknownMunicipality} is not in the code list` });
    }
  }
  const base = { registryId, state, ...(state === 'ended' && until ? { endedOn: until } : {}), facilities, droppedFacilities: { ended, duplicate } };

  const kindCode = codeOf(raw.druhSocialniSluzby);
  const kind = mapCode(kindCode, KIND_BY_CODE, KIND_NAMES, lists.kinds);
  if (!kind) {
    const name = kindCode ? lists.kinds?.get(kindCode) : undefined;
    notes.push(
      name
        ? { cs: `druh služby „${name}“ (${kindCode}) nemá v taxonomii kód`, en: `kind "${name}" (${kindCode}) has no slug in the taxonomy` }
        : { cs: `druh služby ${kindCode ?? '(chybí)'} není v číselníku druhů`, en: `kind ${kindCode ?? '(missing)'} is not in the code list of kinds` },
    );
    return { ...base, notes };
  }

  const forms: FormCode[] = [];
  const capacities: { form: FormCode | undefined; text: string }[] = [];
  for (const f of list(raw.formy)) {
    if (!isObject(f)) continue;
    const code = codeOf(f.forma);
    const name = code ? lists.forms?.get(code) : undefined;
    const form = (code ? FORM_BY_CODE[code] : undefined) ?? (name ? FORM_CODES.find((k) => fold(name).startsWith(fold(csLabels.forms[k]).slice(0, 5))) : undefined);
    if (!form) notes.push({ cs: `forma ${code ?? '(chybí)'} nemá v taxonomii kód`, en: `form ${code ?? '(missing)'} has no slug` });
    else if (!forms.includes(form)) forms.push(form);
    for (const k of list(f.kapacity)) {
      if (!isObject(k) || typeof k.pocet !== 'number') continue;
      const type = codeOf(k.typ);
      if (type && !CAPACITY_UNITS[type]) notes.push({ cs: `neznámý typ kapacity ${type}`, en: `unknown capacity type ${type}` });
      capacities.push({ form, text: capacityText(k.pocet, type) });
    }
  }
  if (!forms.length) {
    notes.push({ cs: 'služba nemá žádnou známou formu (ambulantní, terénní, pobytová)', en: 'the service has no known form (ambulatory, outreach, residential)' });
    return { ...base, notes };
  }
  const formsWithCapacity = new Set(capacities.map((c) => c.form));
  const capacity =
    formsWithCapacity.size > 1
      ? capacities.map((c) => `${c.form ? `${csLabels.forms[c.form]}: ` : ''}${c.text}`).join('; ')
      : capacities.map((c) => c.text).join(', ');

  const targetGroups: TargetGroupCode[] = [];
  for (const item of list(raw.ciloveSkupiny)) {
    const code = itemCode(item);
    const group = mapCode(code, TARGET_GROUP_BY_CODE, TARGET_GROUP_NAMES, lists.targetGroups);
    if (group) {
      if (!targetGroups.includes(group)) targetGroups.push(group);
    } else {
      const name = code ? lists.targetGroups?.get(code) : undefined;
      notes.push({ cs: `cílová skupina ${code ?? '(chybí)'}${name ? ` „${name}“` : ''} nemá v taxonomii kód`, en: `target group ${code ?? '(missing)'}${name ? ` "${name}"` : ''} has no slug` });
    }
  }
  const ageGroups: AgeGroupCode[] = [];
  if (lists.ageGroups) {
    for (const item of list(raw.vekoveSkupiny)) {
      const group = mapCode(itemCode(item), AGE_GROUP_BY_CODE, AGE_GROUP_NAMES, lists.ageGroups);
      if (group && !ageGroups.includes(group)) ageGroups.push(group);
    }
  }

  const p = isObject(raw.poskytovatel) ? raw.poskytovatel : {};
  const providerName = str(p.nazev) ?? '?';
  const icoRaw = str(p.ico);
  const ico = icoRaw && /^\d{1,8}$/.test(icoRaw) ? icoRaw.padStart(8, '0') : icoRaw;
  const own = contacts(raw);
  const providers = contacts(p);
  const phones = own.phones.length ? own.phones : providers.phones;
  const emails = own.emails.length ? own.emails : providers.emails;
  const web = own.webs[0] ?? providers.webs[0];

  const service: Service = {
    id: registryId,
    registryId,
    name: serviceName(raw, kind, providerName, facilities),
    provider: { name: providerName, ...(ico ? { ico } : {}), ...(providers.webs[0] ? { web: providers.webs[0] } : {}) },
    kind,
    forms,
    ...(targetGroups.length ? { targetGroups } : {}),
    ...(ageGroups.length ? { ageGroups } : {}),
    ...(facilities.length ? { locations: facilities.map((f) => f.location) } : {}),
    ...(phones.length || emails.length || web ? { contact: { ...(phones.length ? { phones } : {}), ...(emails.length ? { emails } : {}), ...(web ? { web } : {}) } } : {}),
    ...(capacity ? { capacity } : {}),
  };
  return { ...base, service, notes };
}
