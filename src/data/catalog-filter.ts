/**
 * Catalogue filters: what each one means for one service (the rules), the
 * filter state, and the municipalities offered. Filters of different kinds
 * intersect; several values of one kind (two forms, say) are alternatives.
 * facets.ts applies them at national scale (bitsets built once); a property
 * test holds it equal to these rules applied one service at a time.
 */
import type { Service } from './schema.js';
import { LIFE_SITUATIONS, type LifeSituationCode } from './situations.js';
import type { FormCode, KindCode, TargetGroupCode } from './taxonomy.js';
import { fold, words } from './text.js';

export interface CatalogFilters {
  readonly situation?: LifeSituationCode | undefined;
  readonly kinds?: readonly KindCode[];
  readonly targetGroups?: readonly TargetGroupCode[];
  readonly forms?: readonly FormCode[];
  readonly municipality?: string | undefined;
}

export type FacetName = 'situation' | 'kinds' | 'targetGroups' | 'forms' | 'municipality';

const PSC = /\b\d{3}\s?\d{2}\b/;

/** The folded town part of an address ("Vídeňská 66, 339 01 Klatovy" → "klatovy"). */
export function townOf(address: string): string {
  return words(townText(address)).join(' ');
}

/** The town part of an address as written, unfolded ("Vídeňská 66, 339 01 Klatovy" → " Klatovy"). */
export function townText(address: string): string {
  const match = PSC.exec(address);
  return match ? address.slice(match.index + match[0].length) : address;
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

interface Folded {
  /** " word word …" of name and description, for stem matching. */
  readonly text: string;
  readonly areaServed?: readonly string[];
  readonly towns: readonly string[];
}

// Folding is done once per service object, not on every filter pass.
const folded = new WeakMap<Service, Folded>();
function foldedOf(service: Service): Folded {
  let f = folded.get(service);
  if (!f) {
    f = {
      text: ` ${words(`${service.name} ${service.description ?? ''}`).join(' ')}`,
      ...(service.areaServed ? { areaServed: service.areaServed.map((m) => words(m).join(' ')) } : {}),
      towns: (service.locations ?? []).flatMap((l) => (l.address ? [townOf(l.address)] : [])),
    };
    folded.set(service, f);
  }
  return f;
}

/**
 * A service counts for a town when it has a location there, lists the town in
 * `areaServed`, or has no `areaServed` (it serves the whole region).
 */
export function servesMunicipality(service: Service, municipality: string): boolean {
  const f = foldedOf(service);
  if (!f.areaServed) return true;
  const town = words(municipality).join(' ');
  return f.areaServed.includes(town) || f.towns.some((t) => containsWords(t, town));
}

export function inSituation(service: Service, code: LifeSituationCode): boolean {
  const situation = LIFE_SITUATIONS[code];
  if ((situation.kinds as readonly string[]).includes(service.kind)) return true;
  if (service.targetGroups?.some((g) => (situation.targetGroups as readonly string[]).includes(g))) return true;
  const { text } = foldedOf(service);
  return (situation.stems as readonly string[]).some((stem) => text.includes(` ${stem}`));
}

export function isFiltered(filters: CatalogFilters): boolean {
  return Boolean(
    filters.situation || filters.municipality || filters.kinds?.length || filters.targetGroups?.length || filters.forms?.length,
  );
}

export type FacetCounts = Record<FacetName, Map<string, number>>;

let collator: Intl.Collator | undefined;
/**
 * Czech alphabetical order (č after c, ch after h). Making the collator loads
 * the language's rules, about 10 ms on a phone's first run: the catalogue
 * sorts its municipalities after its first page is painted (a closed select
 * shows no order).
 */
export function czechCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('cs'));
}

/** Municipalities to offer: the region's list, then any others named in the data, sorted in Czech (`sorted: false`: in that order). */
export function municipalitiesOf(declared: readonly string[] | undefined, services: readonly Service[], sorted = true): string[] {
  const names = new Map<string, string>();
  // The same names recur in thousands of areaServed lists: each distinct one is folded once.
  const seen = new Set<string>();
  const add = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const key = fold(name.trim());
    if (key && !names.has(key)) names.set(key, name.trim());
  };
  declared?.forEach(add);
  for (const s of services) s.areaServed?.forEach(add);
  const list = [...names.values()];
  return sorted ? list.sort(czechCollator().compare) : list;
}
