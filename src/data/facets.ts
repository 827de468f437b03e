/**
 * The catalogue's filters at national scale: which services each filter value
 * keeps is computed once per region file, as a bitset per value (bit i is
 * service i of the file), so a keystroke costs a few thousand word operations
 * however many services, municipalities and situations there are:
 *
 * - the results: the search hits (in rank order) whose bit is in the filters'
 *   mask, the AND of one OR per filtered facet;
 * - the count beside each value of a facet: the hits that the other facets'
 *   filters keep, ANDed with the value's set, counted by population count.
 *
 * The meaning is that of the reference functions in catalog-filter.ts (a
 * property test holds the two equal): a municipality counts for a service that
 * has no `areaServed` (the whole region), lists it there, or has a location in
 * it; a life situation by its kinds, target groups, or a word of the name or
 * description that begins with one of its stems.
 */
import type { Service } from './schema.js';
import { LIFE_SITUATIONS, type LifeSituationCode } from './situations.js';
import { words } from './text.js';
import { servesMunicipality, townText, type CatalogFilters, type FacetCounts, type FacetName } from './catalog-filter.js';

export type Bits = Uint32Array;

const SITUATION_CODES = Object.keys(LIFE_SITUATIONS) as LifeSituationCode[];

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many set bits `a AND b` has. */
function countAnd(a: Bits, b: Bits): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += popcount(a[i]! & b[i]!);
  return n;
}

function has(bits: Bits, i: number): boolean {
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

function set(bits: Bits, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

/** The items with a word that begins with a folded stem in the name or the description (from the search index's vocabulary). */
export type StemLookup = (stem: string) => Bits;

export class FacetIndex {
  readonly size: number;
  private readonly length: number;
  private readonly all: Bits;
  private readonly kinds = new Map<string, Bits>();
  private readonly targetGroups = new Map<string, Bits>();
  private readonly forms = new Map<string, Bits>();
  private readonly situations = new Map<string, Bits>();
  /** Folded municipality name → the services that count for it. */
  private readonly municipalities = new Map<string, Bits>();
  /** The names offered, as given (their counts are reported under these names), with their sets. */
  private readonly offered: ReadonlyArray<[string, Bits]>;

  constructor(
    private readonly services: readonly Service[],
    municipalities: readonly string[],
  ) {
    const n = services.length;
    this.size = n;
    this.length = (n + 31) >>> 5;
    this.all = this.bits();
    for (let i = 0; i < n; i++) set(this.all, i);

    const byFolded = new Map<string, Bits>();
    for (const name of municipalities) {
      const key = words(name).join(' ');
      if (key && !byFolded.has(key)) byFolded.set(key, this.bits());
    }
    // The longest name, in words ("Janovice nad Úhlavou": 3): how long a run of a town's words to look up.
    const longest = Math.max(1, ...[...byFolded.keys()].map((k) => k.split(' ').length));
    const wholeRegion = this.bits();
    // The same names recur across thousands of services: each distinct text is folded once.
    const none: Bits[] = [];
    const places = new Map<string, Bits[]>();
    const placeSets = (place: string): Bits[] => {
      let found = places.get(place);
      if (!found) {
        const bits = byFolded.get(words(place).join(' '));
        places.set(place, (found = bits ? [bits] : none));
      }
      return found;
    };
    // A location's town holds a municipality's name as a run of its words ("klatovy", "janovice nad uhlavou").
    const towns = new Map<string, Bits[]>();
    const townSets = (address: string): Bits[] => {
      // Keyed by the town part as written: thousands of addresses, a few hundred towns.
      const text = townText(address);
      let found = towns.get(text);
      if (!found) {
        const town = words(text);
        found = [];
        for (let a = 0; a < town.length; a++) {
          for (let b = a + 1; b <= Math.min(town.length, a + longest); b++) {
            const bits = byFolded.get(town.slice(a, b).join(' '));
            if (bits) found.push(bits);
          }
        }
        towns.set(text, found);
      }
      return found;
    };
    // Codes to the situations they put a service in.
    const situationsOf = (table: 'kinds' | 'targetGroups') => {
      const map = new Map<string, LifeSituationCode[]>();
      for (const code of SITUATION_CODES) for (const c of LIFE_SITUATIONS[code][table] as readonly string[]) map.set(c, [...(map.get(c) ?? []), code]);
      return map;
    };
    const byKind = situationsOf('kinds');
    const byGroup = situationsOf('targetGroups');
    for (const code of SITUATION_CODES) this.situations.set(code, this.bits());

    for (let i = 0; i < n; i++) {
      const s = services[i]!;
      set(this.value(this.kinds, s.kind), i);
      for (const g of s.targetGroups ?? []) set(this.value(this.targetGroups, g), i);
      for (const f of s.forms ?? []) set(this.value(this.forms, f), i);
      for (const code of byKind.get(s.kind) ?? []) set(this.situations.get(code)!, i);
      for (const g of s.targetGroups ?? []) for (const code of byGroup.get(g) ?? []) set(this.situations.get(code)!, i);
      if (!s.areaServed) {
        set(wholeRegion, i);
        continue;
      }
      for (const place of s.areaServed) {
        for (const bits of placeSets(place)) set(bits, i);
      }
      for (const location of s.locations ?? []) {
        if (location.address) for (const bits of townSets(location.address)) set(bits, i);
      }
    }
    for (const [key, bits] of byFolded) {
      for (let w = 0; w < this.length; w++) bits[w]! |= wholeRegion[w]!;
      this.municipalities.set(key, bits);
    }
    this.offered = municipalities.map((name) => [name, this.municipality(name)]);
  }

  /**
   * Whether the life situations count their word stems yet: they are found
   * through the search index's vocabulary (the text is folded once, there),
   * which is built after the first page (`addStems`).
   */
  stemsAdded = false;

  /** Adds to each life situation the services with a word that begins with one of its stems. */
  addStems(lookup: StemLookup): void {
    if (this.stemsAdded) return;
    this.stemsAdded = true;
    for (const code of SITUATION_CODES) {
      const bits = this.situations.get(code)!;
      for (const stem of LIFE_SITUATIONS[code].stems) {
        const found = lookup(stem);
        for (let w = 0; w < this.length; w++) bits[w]! |= found[w]!;
      }
    }
  }

  private bits(): Bits {
    return new Uint32Array(this.length);
  }

  private value(map: Map<string, Bits>, code: string): Bits {
    let bits = map.get(code);
    if (!bits) map.set(code, (bits = this.bits()));
    return bits;
  }

  /** The services of a municipality; a name the list does not hold is worked out once with the reference rule. */
  private municipality(name: string): Bits {
    const key = words(name).join(' ');
    let bits = this.municipalities.get(key);
    if (!bits) {
      bits = this.bits();
      for (let i = 0; i < this.size; i++) if (servesMunicipality(this.services[i]!, name)) set(bits, i);
      this.municipalities.set(key, bits);
    }
    return bits;
  }

  /** The union of the selected values' sets, or undefined when the facet is not filtered. */
  private facetMask(facet: FacetName, filters: CatalogFilters): Bits | undefined {
    switch (facet) {
      case 'situation':
        return filters.situation ? (this.situations.get(filters.situation) ?? this.bits()) : undefined;
      case 'municipality':
        return filters.municipality ? this.municipality(filters.municipality) : undefined;
      default: {
        const selected = filters[facet];
        if (!selected?.length) return undefined;
        const map = this[facet];
        const out = this.bits();
        for (const code of selected) {
          const bits = map.get(code);
          if (bits) for (let w = 0; w < this.length; w++) out[w]! |= bits[w]!;
        }
        return out;
      }
    }
  }

  /** `base` AND every filtered facet's mask but `skip`'s (a new bitset). */
  private maskOf(base: Bits, masks: ReadonlyMap<FacetName, Bits>, skip?: FacetName): Bits {
    const out = base.slice();
    for (const [facet, mask] of masks) {
      if (facet === skip) continue;
      for (let w = 0; w < this.length; w++) out[w]! &= mask[w]!;
    }
    return out;
  }

  /** The bitset of a list of service positions (the search hits). */
  bitsOf(positions: Iterable<number>): Bits {
    const out = this.bits();
    for (const i of positions) set(out, i);
    return out;
  }

  /**
   * The hits the filters keep, in the hits' order, and the count of every
   * facet value with the other facets' filters applied. `hits` undefined:
   * every service, in file order.
   */
  filter(hits: readonly number[] | undefined, filters: CatalogFilters): { results: number[]; counts: FacetCounts } {
    const base = hits ? this.bitsOf(hits) : this.all;
    const masks = new Map<FacetName, Bits>();
    for (const facet of ['situation', 'kinds', 'targetGroups', 'forms', 'municipality'] as const) {
      const mask = this.facetMask(facet, filters);
      if (mask) masks.set(facet, mask);
    }
    const kept = this.maskOf(base, masks);
    const results: number[] = [];
    if (hits) {
      for (const i of hits) if (has(kept, i)) results.push(i);
    } else {
      for (let i = 0; i < this.size; i++) if (has(kept, i)) results.push(i);
    }
    const countOver = (facet: FacetName, values: Iterable<[string, Bits]>) => {
      const within = masks.size === 0 || (masks.size === 1 && masks.has(facet)) ? base : this.maskOf(base, masks, facet);
      const counts = new Map<string, number>();
      for (const [value, bits] of values) {
        const count = countAnd(within, bits);
        if (count) counts.set(value, count);
      }
      return counts;
    };
    return {
      results,
      counts: {
        situation: countOver('situation', this.situations),
        kinds: countOver('kinds', this.kinds),
        targetGroups: countOver('targetGroups', this.targetGroups),
        forms: countOver('forms', this.forms),
        municipality: countOver('municipality', this.offered),
      },
    };
  }
}
