/**
 * The catalogue's filters at national scale (src/data/facets.ts, through the
 * catalogue's model) against the straightforward computation, one service at
 * a time (facet-reference.ts): on generated regions with random filters and
 * queries, the results (in rank order) and every count must be equal.
 */
import { expect } from '@open-wc/testing';
import { CatalogModel } from '../../src/components/catalog/catalog-model.js';
import { createServiceIndex } from '../../src/data/catalog-search.js';
import { allLabels } from '../../src/l10n/labels.js';
import { municipalitiesOf, type CatalogFilters, type FacetCounts } from '../../src/data/catalog-filter.js';
import { FORM_CODES, KIND_CODES, TARGET_GROUP_CODES } from '../../src/data/codes.js';
import { parseRegionData } from '../../src/data/parse.js';
import { LIFE_SITUATIONS, type LifeSituationCode } from '../../src/data/situations.js';
import type { FormCode, KindCode, TargetGroupCode } from '../../src/data/taxonomy.js';
import { applyFilters, facetCounts } from './facet-reference.js';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: int(max + 1) }, () => pick(list)))];
  return { next, int, pick, some };
}

// Names with diacritics, several words, one inside another ("Kout" in "Kout na Šumavě"), and case variants.
const TOWNS = ['Klatovy', 'Sušice', 'Nýrsko', 'Kout na Šumavě', 'Kout', 'Janovice nad Úhlavou', 'Běšiny', 'Horažďovice', 'Plánice', 'Strážov', 'Nová Ves', 'Hrádek'];
const STEMS = (Object.keys(LIFE_SITUATIONS) as LifeSituationCode[]).flatMap((c) => LIFE_SITUATIONS[c].stems);
const WORDS = ['pomoc', 'služba', 'péče', 'domov', 'rodiny', 'senioři', 'dluhová', 'poradna', 'azylový', 'dům', 'terénní', 'asistence', 'krizová', 'mládež', 'Exekuce', 'Psychiatrická', 'podpora'];

function region(seed: number, count: number) {
  const r = random(seed);
  const services = Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 3 + r.int(12) }, () => (r.next() < 0.15 ? `${r.pick(STEMS)}${r.pick(['', 'ie', 'ům', 'ní'])}` : r.pick(WORDS)));
    const located = r.some(TOWNS, 2);
    return {
      id: `s${i}`,
      name: `${r.pick(['Charita', 'Diakonie', 'Centrum', 'Spolek'])} ${r.pick(WORDS)} ${r.pick(TOWNS)}`,
      provider: { name: r.pick(['Město Klatovy', 'Oblastní charita Sušice', 'Diakonie ČCE']) },
      kind: r.pick(KIND_CODES) as KindCode,
      // A registered kind needs at least one form.
      forms: [r.pick(FORM_CODES), ...r.some(FORM_CODES, 1)].filter((f, k, all) => all.indexOf(f) === k) as FormCode[],
      targetGroups: r.some(TARGET_GROUP_CODES, 3) as TargetGroupCode[],
      description: words.join(' '),
      ...(r.next() < 0.3 ? {} : { areaServed: r.some(TOWNS, 5).map((t) => (r.next() < 0.2 ? t.toUpperCase() : t)) }),
      locations: located.map((t) => ({ name: 'Středisko', address: `${r.pick(['Náměstí', 'Vídeňská'])} ${1 + r.int(99)}, 339 01 ${t}` })),
    };
  });
  return { schemaVersion: 1, region: { id: 'test', name: 'Test', municipalities: TOWNS.slice(0, 9) }, services };
}

function randomFilters(r: ReturnType<typeof random>): CatalogFilters {
  const situations = Object.keys(LIFE_SITUATIONS) as LifeSituationCode[];
  return {
    ...(r.next() < 0.4 ? { situation: r.pick(situations) } : {}),
    ...(r.next() < 0.3 ? { kinds: r.some(KIND_CODES, 3) as KindCode[] } : {}),
    ...(r.next() < 0.3 ? { targetGroups: r.some(TARGET_GROUP_CODES, 2) as TargetGroupCode[] } : {}),
    ...(r.next() < 0.3 ? { forms: r.some(FORM_CODES, 1) as FormCode[] } : {}),
    // Also a municipality the list does not offer (a page's municipality attribute), in another case.
    ...(r.next() < 0.4 ? { municipality: r.next() < 0.8 ? r.pick(TOWNS) : r.pick(TOWNS).toLowerCase() } : {}),
  };
}

const plain = (counts: FacetCounts) => Object.fromEntries(Object.entries(counts).map(([k, m]) => [k, [...(m as Map<string, number>).entries()].sort()]));

describe('FacetIndex: equal to the one-service-at-a-time rules', () => {
  it('on random regions, filters and queries: the same results in the same order, and the same counts', async () => {
    const queries = ['', 'p', 'po', 'pomoc', 'domov pro', 'sen', 'dluh', 'kout', 'azyl dům', 'péče', 'x'];
    let checked = 0;
    for (const seed of [1, 2, 3]) {
      const data = parseRegionData(region(seed, 150 + seed * 40));
      expect(data.warnings, 'the generated region is valid').to.deep.equal([]);
      const model = new CatalogModel(data);
      await model.buildIndex(undefined, () => {});
      expect(model.complete).to.be.true;
      expect(model.municipalities, 'in Czech order once built').to.deep.equal(municipalitiesOf(data.region.municipalities, data.services));
      const index = createServiceIndex(data.services, allLabels);
      const r = random(seed * 7919);
      for (let round = 0; round < 60; round++) {
        const query = r.pick(queries);
        const filters = randomFilters(r);
        const hits = index.search(query).map((h) => data.services[h.index]!);
        const expected = applyFilters(hits, filters).map((s) => s.id);
        const got = model.compute(query, filters);
        expect(got.results.map((s) => s.id), `results of "${query}" ${JSON.stringify(filters)} (seed ${seed})`).to.deep.equal(expected);
        expect(plain(got.counts), `counts of "${query}" ${JSON.stringify(filters)} (seed ${seed})`).to.deep.equal(
          plain(facetCounts(hits, filters, model.municipalities)),
        );
        checked++;
      }
    }
    expect(checked).to.equal(180);
  });

  it('before its search index is complete: no life situation counts yet, and a search or a situation completes it', async () => {
    const data = parseRegionData(region(5, 3000));
    const model = new CatalogModel(data);
    if (model.complete) return; // this machine indexed 3,000 services within the first slice
    const first = model.compute('', {});
    expect(first.results).to.have.length(3000);
    expect(model.complete).to.be.false;
    model.compute('', { situation: 'dluhy-a-finance' });
    expect(model.complete, 'a situation chosen completes the index').to.be.true;
    const index = createServiceIndex(data.services, allLabels);
    const hits = index.search('').map((h) => data.services[h.index]!);
    expect(plain(model.compute('', {}).counts)).to.deep.equal(plain(facetCounts(hits, {}, model.municipalities)));
  });

  it('keeps the last answer: the same query and filters object is not computed again', () => {
    const model = new CatalogModel(parseRegionData(region(9, 50)));
    const filters = {};
    expect(model.compute('pomoc', filters)).to.equal(model.compute('pomoc', filters));
  });
});
