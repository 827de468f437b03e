/**
 * The in-browser half of the search benchmark (bench/run.mjs bundles it with
 * esbuild, serves it and drives it from Node through playwright-core).
 *
 * For one catalogue size it measures, in the page:
 * - ours: createServiceIndex build time, then the time of every keystroke of
 *   the query set (each prefix of each query, as typed, in order) on a fresh
 *   index per pass, so the per-word candidate cache starts cold as it does
 *   for a resident who opens the page and types;
 * - plain fuse.js with default options over the same services and keystrokes;
 * - relevance of the full queries for both, against the generator's ground truth.
 */
import Fuse from 'fuse.js';
import { createServiceIndex, serviceFields } from '../src/data/catalog-search.js';
import { allLabels } from '../src/l10n/labels.js';
import { parseRegionData } from '../src/data/parse.js';
import type { Service } from '../src/data/schema.js';
import type { KindCode } from '../src/data/taxonomy.js';
import { words } from '../src/data/text.js';
import { generateRegionFile, generateServices, type GroundTruth } from './generate-services.js';

type Relevant = (t: GroundTruth) => boolean;
const ofKind = (...kinds: KindCode[]): Relevant => (t) => kinds.includes(t.kind);

/** The query set, in typing order, with what a resident typing it is looking for. */
export const QUERIES: readonly { query: string; relevant: Relevant }[] = [
  { query: 'pecovatelska', relevant: ofKind('pecovatelska-sluzba') },
  { query: 'pečovatelská služba', relevant: ofKind('pecovatelska-sluzba') },
  { query: 'domov senior', relevant: ofKind('domovy-pro-seniory') },
  { query: 'domov pro seniory', relevant: ofKind('domovy-pro-seniory') },
  { query: 'pecovatelska klatovy', relevant: (t) => t.kind === 'pecovatelska-sluzba' && t.towns.includes('Klatovy') },
  { query: 'osobni asistence', relevant: ofKind('osobni-asistence') },
  { query: 'azylovy dum', relevant: ofKind('azylove-domy') },
  { query: 'dluhove poradenstvi', relevant: (t) => t.topics.includes('dluhy') },
  { query: 'pecovatleska', relevant: ofKind('pecovatelska-sluzba') }, // typo
  { query: 'domvo seniru', relevant: ofKind('domovy-pro-seniory') }, // typos
  { query: 'krizova pomoc', relevant: ofKind('krizova-pomoc', 'telefonicka-krizova-pomoc') },
  { query: 'rana pece', relevant: ofKind('rana-pece') },
  { query: 'senior', relevant: (t) => t.topics.includes('seniori') },
  { query: 'nizkoprahove', relevant: ofKind('nizkoprahova-denni-centra', 'nizkoprahova-zarizeni-pro-deti-a-mladez') },
  { query: 'telefonicka krizova', relevant: ofKind('telefonicka-krizova-pomoc') },
];

/** Every prefix of every query, as typed: "p", "pe", "pec", … */
export const KEYSTROKES: readonly string[] = QUERIES.flatMap(({ query }) =>
  Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
);

/** The keys the brief asks plain fuse.js to search (its defaults otherwise). */
const PLAIN_FUSE_KEYS = ['name', 'provider.name', 'kind', 'targetGroups', 'description'];

export interface SizeOptions {
  readonly n: number;
  /** Passes over all keystrokes for our index (a fresh index each pass). */
  readonly oursPasses: number;
  /** Passes for plain fuse.js, which costs ~100 ms per keystroke at 6,000. */
  readonly fusePasses: number;
  /** Stop measuring plain fuse.js after this long (the keystrokes done so far count). */
  readonly fuseBudgetMs: number;
  /**
   * Stress mode: the size of a pool of pseudo-words, 8 of which are appended to
   * every description, to see how the search scales with a vocabulary as rich
   * as real free-text descriptions (the phrase pools give only ~2,800 words).
   */
  readonly extraWords?: number;
}

export interface Timing {
  /** All keystroke samples, pooled over passes. */
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly maxKeystroke: string;
  readonly samples: number;
  /** The slowest keystrokes by their median over passes. */
  readonly slowest: readonly { keystroke: string; median: number }[];
}

export interface QueryRelevance {
  readonly query: string;
  readonly relevant: number;
  readonly returned: number;
  /** Relevant services not in the results at all. */
  readonly lost: number;
  /** Relevant services not among the first `relevant` results (outranked by irrelevant ones, or lost). */
  readonly outranked: number;
  /** A few names, to see why. */
  readonly lostExamples: readonly string[];
  readonly intruderExamples: readonly string[];
}

export interface SizeResult {
  readonly n: number;
  readonly contractWarnings: number;
  /** Distinct folded words over the searched fields: what the typo stage walks. */
  readonly vocabulary: number;
  /** Sum of result counts: returned so the work cannot be optimized away. */
  readonly checksum: number;
  readonly timerResolutionMs: number;
  readonly ours: { readonly buildMs: readonly number[]; readonly keystrokes: Timing; readonly relevance: readonly QueryRelevance[] };
  readonly fuse: {
    readonly buildMs: number;
    readonly keystrokes: Timing;
    readonly measuredKeystrokes: number;
    readonly relevance: readonly QueryRelevance[];
  };
}

// ---------------------------------------------------------------------------

/** Result counts, summed and returned, so no search can be optimized away. */
let sink = 0;

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const median = (values: readonly number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

function summarize(perKeystroke: readonly number[][]): Timing {
  const all: number[] = [];
  let max = -1;
  let maxKeystroke = '';
  perKeystroke.forEach((samples, k) => {
    for (const s of samples) {
      all.push(s);
      if (s > max) [max, maxKeystroke] = [s, KEYSTROKES[k]!];
    }
  });
  all.sort((a, b) => a - b);
  const slowest = perKeystroke
    .map((samples, k) => ({ keystroke: KEYSTROKES[k]!, median: samples.length ? median(samples) : -1 }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 5);
  return { p50: quantile(all, 0.5), p95: quantile(all, 0.95), max, maxKeystroke, samples: all.length, slowest };
}

/** The smallest step performance.now() shows here (5 µs cross-origin isolated, 100 µs otherwise). */
function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

function relevanceOf(
  query: string,
  relevant: Relevant,
  ranked: readonly number[],
  services: readonly Service[],
  truth: readonly GroundTruth[],
): QueryRelevance {
  const wanted = new Set<number>();
  truth.forEach((t, i) => relevant(t) && wanted.add(i));
  const returned = new Set(ranked);
  const lost = [...wanted].filter((i) => !returned.has(i));
  const top = ranked.slice(0, wanted.size);
  const intruders = top.filter((i) => !wanted.has(i));
  return {
    query,
    relevant: wanted.size,
    returned: ranked.length,
    lost: lost.length,
    outranked: intruders.length + Math.max(0, wanted.size - ranked.length),
    lostExamples: lost.slice(0, 3).map((i) => services[i]!.name),
    intruderExamples: intruders.slice(0, 3).map((i) => services[i]!.name),
  };
}

/** The number of distinct words the index holds (computed through the public field list, not the index's internals). */
function vocabularySize(services: readonly Service[]): number {
  const vocabulary = new Set<string>();
  const fields = serviceFields(allLabels);
  for (const service of services) {
    for (const field of fields) {
      const value = field.get(service);
      for (const text of value === undefined ? [] : typeof value === 'string' ? [value] : value) for (const word of words(text)) vocabulary.add(word);
    }
  }
  return vocabulary.size;
}

/** Stress mode: Czech-looking pseudo-words (seeded) appended to the descriptions. */
function withExtraWords(services: readonly Service[], poolSize: number): Service[] {
  let state = 12_345;
  const random = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const syllables = ['po', 'ma', 'ne', 'ko', 'va', 'li', 'st', 'ra', 'če', 'dě', 'tu', 'mi', 'zá', 'ho', 'je', 'lo', 'sk', 'ny', 'ře', 'bo', 'vé', 'ní', 'pr', 'ci'];
  const endings = ['', 'a', 'é', 'ou', 'ých', 'ům', 'ami', 'ě', 'í', 'y'];
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const pool = Array.from({ length: poolSize }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join('') + pick(endings));
  return services.map((s) => ({ ...s, description: `${s.description ?? ''} ${Array.from({ length: 8 }, () => pick(pool)).join(' ')}` }));
}

/** One catalogue size: ours and plain fuse.js, speed and relevance. */
export function runSize(options: SizeOptions): SizeResult {
  const { n } = options;
  // Services go through the contract's parser, as in the widget (and prove the generator follows the contract).
  const parsed = parseRegionData(generateRegionFile(n));
  const { truth } = generateServices(n);
  if (parsed.services.length !== truth.length) throw new Error(`the parser skipped ${truth.length - parsed.services.length} generated services`);
  const services = options.extraWords ? withExtraWords(parsed.services, options.extraWords) : parsed.services;

  // --- ours
  const buildMs: number[] = [];
  const oursSamples: number[][] = KEYSTROKES.map(() => []);
  // Pass 0 warms the JIT and is discarded.
  for (let pass = 0; pass <= options.oursPasses; pass++) {
    const t0 = performance.now();
    const index = createServiceIndex(services, allLabels);
    const t1 = performance.now();
    if (pass > 0) buildMs.push(t1 - t0);
    KEYSTROKES.forEach((keystroke, k) => {
      const start = performance.now();
      const hits = index.search(keystroke);
      const time = performance.now() - start;
      sink += hits.length;
      if (pass > 0) oursSamples[k]!.push(time);
    });
  }
  const oursIndex = createServiceIndex(services, allLabels);
  const oursRelevance = QUERIES.map(({ query, relevant }) =>
    relevanceOf(query, relevant, oursIndex.search(query).map((h) => h.index), services, truth),
  );

  // --- plain fuse.js, default options
  const f0 = performance.now();
  const fuse = new Fuse(services, { keys: PLAIN_FUSE_KEYS });
  const fuseBuildMs = performance.now() - f0;
  const fuseSamples: number[][] = KEYSTROKES.map(() => []);
  const deadline = performance.now() + options.fuseBudgetMs;
  let measured = 0;
  measuring: for (let pass = 0; pass < options.fusePasses; pass++) {
    for (let k = 0; k < KEYSTROKES.length; k++) {
      if (performance.now() > deadline) break measuring;
      const start = performance.now();
      const hits = fuse.search(KEYSTROKES[k]!);
      fuseSamples[k]!.push(performance.now() - start);
      sink += hits.length;
      measured++;
    }
  }
  const fuseRelevance = QUERIES.map(({ query, relevant }) =>
    relevanceOf(query, relevant, fuse.search(query).map((r) => r.refIndex), services, truth),
  );

  return {
    n,
    contractWarnings: parsed.warnings.length,
    vocabulary: vocabularySize(services),
    checksum: sink,
    timerResolutionMs: timerResolution(),
    ours: { buildMs, keystrokes: summarize(oursSamples), relevance: oursRelevance },
    fuse: { buildMs: fuseBuildMs, keystrokes: summarize(fuseSamples), measuredKeystrokes: measured, relevance: fuseRelevance },
  };
}

/** A short pass over a small catalogue so the first measured size does not pay for JIT warm-up. */
export function warmUp(): void {
  const { services } = generateServices(200);
  const index = createServiceIndex(services, allLabels);
  const fuse = new Fuse(services, { keys: PLAIN_FUSE_KEYS });
  for (const keystroke of KEYSTROKES) sink += index.search(keystroke).length + fuse.search(keystroke).length;
}

declare global {
  interface Window {
    kpssBench?: { runSize: typeof runSize; warmUp: typeof warmUp; keystrokes: number; queries: number };
  }
}

window.kpssBench = { runSize, warmUp, keystrokes: KEYSTROKES.length, queries: QUERIES.length };
