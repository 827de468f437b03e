/**
 * Merging imported registry services into a coordinator's region file.
 * Matched by `registryId`. The registry refreshes the fields it fills
 * (REGISTRY_FIELDS); everything else the coordinator wrote stays: the name,
 * description, hours, fees, areaServed, coordinates of locations, fields this
 * tool does not know. Services without a registryId (návazné služby and
 * anything typed by hand) are kept untouched.
 */
import type { Service } from '../data/schema.js';
import type { Label } from '../data/taxonomy.js';
import { fold } from '../data/text.js';
import { isObject } from './json-text.js';
import { REGISTRY_FIELDS, type ImportedService } from './registry-mapping.js';

type Json = Record<string, unknown>;

export interface Change {
  readonly id: string;
  readonly registryId?: string;
  readonly name: string;
  /** Changed fields, or the reason for a removal. */
  readonly detail?: readonly string[];
  readonly reason?: Label;
}

export interface MergeResult {
  readonly services: unknown[];
  readonly added: readonly Change[];
  readonly changed: readonly Change[];
  readonly removed: readonly Change[];
  readonly unchanged: number;
  /** Services without a registryId, kept as they are. */
  readonly handMade: number;
  readonly notes: readonly Label[];
}

/** JSON with sorted keys, so key order is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

const sameStrings = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) && a.every((x) => typeof x === 'string') && b.every((x) => typeof x === 'string') && a.length === b.length && canonical([...a].sort()) === canonical([...b].sort());

/** The registry's value, keeping the coordinator's order of the same codes and the coordinator's extra keys. */
function refresh(existing: unknown, imported: unknown): unknown {
  if (sameStrings(existing, imported)) return existing;
  if (isObject(existing) && isObject(imported)) {
    const out: Json = { ...existing };
    for (const [k, v] of Object.entries(imported)) out[k] = refresh(existing[k], v);
    return out;
  }
  return imported;
}

const placeKey = (text: unknown) => (typeof text === 'string' ? fold(text).replace(/[^a-z0-9]+/g, '') : '');

/** Imported locations, each carrying over what the coordinator added to the same place (coordinates above all). */
function mergeLocations(existing: unknown, imported: readonly Json[], name: string, notes: Label[]): Json[] {
  const before = Array.isArray(existing) ? existing.filter(isObject) : [];
  const used = new Set<Json>();
  const find = (pred: (old: Json) => boolean) => before.find((old) => !used.has(old) && pred(old));
  const matches = imported.map(
    (loc) =>
      (loc.address ? find((old) => placeKey(old.address) === placeKey(loc.address)) : undefined) ??
      (loc.name ? find((old) => placeKey(old.name) === placeKey(loc.name)) : undefined),
  );
  for (const m of matches) if (m) used.add(m);
  // One place before and after, but written differently: the same place, say so.
  if (before.length === 1 && imported.length === 1 && !matches[0]) {
    matches[0] = before[0];
    used.add(before[0]!);
    if ('lat' in before[0]!) notes.push({ cs: `${name}: adresa se v registru liší od vaší, souřadnice ponechány, zkontrolujte je`, en: `${name}: the registry's address differs from yours; coordinates kept, check them` });
  }
  for (const old of before) {
    if (!used.has(old) && 'lat' in old) {
      const label = String(old.name ?? old.address ?? '?');
      notes.push({ cs: `${name}: místo „${label}“ se souřadnicemi v registru už není`, en: `${name}: the place "${label}" with coordinates is no longer in the registry` });
    }
  }
  return imported.map((loc, i) => ({ ...(matches[i] ?? {}), ...loc }));
}

function mergeService(existing: Json, imported: Service, notes: Label[]): Json {
  const out: Json = { ...existing };
  const name = String(existing.name ?? imported.name);
  for (const key of REGISTRY_FIELDS) {
    const value = imported[key];
    if (value === undefined) continue; // the registry is silent: keep what is there
    out[key] = key === 'locations' ? mergeLocations(existing.locations, value as Json[], name, notes) : refresh(existing[key], value);
  }
  return out;
}

const changeOf = (s: Json | Service, detail?: string[], reason?: Label): Change => ({
  id: String(s.id),
  ...(typeof s.registryId === 'string' ? { registryId: s.registryId } : {}),
  name: String(s.name),
  ...(detail ? { detail } : {}),
  ...(reason ? { reason } : {}),
});

/**
 * @param existing the services of the coordinator's file, as written
 * @param selected imported services in the chosen area, in output order
 * @param registry every record of the registry by identifier (ended ones too)
 */
export function mergeServices(existing: readonly unknown[], selected: readonly ImportedService[], registry: ReadonlyMap<string, ImportedService>): MergeResult {
  const services: unknown[] = [];
  const added: Change[] = [];
  const changed: Change[] = [];
  const removed: Change[] = [];
  const notes: Label[] = [];
  let unchanged = 0;
  let handMade = 0;
  const done = new Set<string>();
  const selectedById = new Map(selected.map((s) => [s.registryId, s]));

  for (const s of existing) {
    if (!isObject(s)) {
      services.push(s);
      continue;
    }
    let rid = typeof s.registryId === 'string' ? s.registryId : undefined;
    if (!rid && s.kind !== 'navazna-sluzba' && typeof s.id === 'string' && selectedById.has(s.id)) {
      rid = s.id; // typed by hand with the identifier as its id
      notes.push({ cs: `${String(s.name)}: spárováno podle id, doplněno registryId`, en: `${String(s.name)}: matched by id, registryId added` });
    }
    if (!rid) {
      handMade++;
      services.push(s);
      continue;
    }
    const record = registry.get(rid);
    if (!record) {
      removed.push(changeOf(s, undefined, { cs: 'v registru není', en: 'not in the registry' }));
      continue;
    }
    if (record.state === 'ended') {
      removed.push(changeOf(s, undefined, { cs: `poskytování skončilo ${record.endedOn ?? ''}`.trim(), en: `ended ${record.endedOn ?? ''}`.trim() }));
      continue;
    }
    done.add(rid);
    const fresh = selectedById.get(rid)?.service ?? record.service;
    if (!fresh) {
      services.push(s);
      unchanged++;
      continue;
    }
    if (!selectedById.has(rid)) {
      notes.push({ cs: `${String(s.name)}: v registru nemá zařízení ve zvoleném území, ponecháno a aktualizováno`, en: `${String(s.name)}: no facility in the chosen area in the registry; kept and updated` });
    }
    const merged = mergeService(s, fresh, notes);
    const fields = Object.keys(merged).filter((k) => canonical(merged[k]) !== canonical(s[k]));
    services.push(merged);
    // A changed text is shown with its old and new value; a list or an object by its name.
    const detail = fields.map((k) => (typeof merged[k] === 'string' && (typeof s[k] === 'string' || s[k] === undefined) ? `${k} (${String(s[k] ?? '–')} → ${String(merged[k])})` : k));
    if (fields.length) changed.push(changeOf(merged, detail));
    else unchanged++;
  }
  for (const imp of selected) {
    if (done.has(imp.registryId) || !imp.service) continue;
    services.push(imp.service);
    added.push(changeOf(imp.service));
  }
  return { services, added, changed, removed, unchanged, handMade, notes };
}
