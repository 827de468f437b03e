/**
 * Catalogue search: Czech, diacritics-insensitive, ending-insensitive,
 * typo-tolerant, multi-word.
 *
 * Built for national scale (about 6,000 services) rather than for one region:
 * the text is folded once, when the index is built, into a sorted vocabulary
 * of distinct words with postings (which item, which field). A query word then
 * matches vocabulary words in three ways, best first:
 *
 * - exactly, or as the beginning of a word, as people type ("senio" finds
 *   "seniory"): a binary search in the sorted vocabulary;
 * - by its stem: a light Czech stemmer (`stem`) strips case endings and the
 *   adjective suffix -ov-, so "dluhove", "dluhu" and "dluhovou" meet on
 *   "dluh", "azylovy dum" finds "Azylové domy" (the vocabulary is grouped by
 *   stem at build time);
 * - when the word is not itself in the vocabulary and has 4+ letters, within
 *   one or two typos (Damerau–Levenshtein, `maxTypos`) of a word, or (5+
 *   letters, as typed so far) one typo of a word's beginning; then with that
 *   word's other endings.
 *
 * Every query word must match (AND); the score sums, per word, the best field
 * it matched in times the match quality, so name and kind matches rank above
 * description matches. A field can carry a bonus for matching every query
 * word on its own: the service kind, so "pecovatelska" puts every
 * pečovatelská služba first, above services that mention one in passing.
 *
 * Why not fuse.js over the vocabulary (as before): its bitap matches the query
 * anywhere inside a word (`ignoreLocation`: "rana" matched "noclehárna",
 * "senior" matched "jeseník"), its threshold is not a number of typos, and it
 * scans the whole vocabulary on every keystroke, so its cost grows with the
 * vocabulary (p95 25 ms per keystroke at 15,000 words). The bounded edit distance
 * here walks the sorted vocabulary as a trie: words that share a beginning
 * share the rows of the distance table, and a beginning already more than the
 * allowed typos away is skipped with every word under it, so a keystroke
 * touches a few thousand table rows, whatever the vocabulary.
 */
import { words as wordsOf } from './text.js';
import { stem } from './stem.js';
import { fuzzyWalk } from './search-fuzzy.js';
import { buildParts } from './search-build.js';

export { stem } from './stem.js';

export interface SearchField<T> {
  readonly weight: number;
  readonly get: (item: T) => string | readonly string[] | undefined;
  /**
   * The field's texts repeat across items (taxonomy labels): each distinct
   * text is folded once per index build instead of once per item.
   */
  readonly repeated?: boolean;
  /**
   * When this field alone matches every query word, the item gets this much
   * more per query word, times the match quality (so it ranks at the top).
   */
  readonly allWordsBonus?: number;
}

export interface SearchHit {
  /** Position of the item in the indexed list. */
  readonly index: number;
  readonly score: number;
}

/** Match qualities (times the field's weight). */
const EXACT = 1;
const STEM = 0.9;
const PREFIX = 0.8;
/** A typo'd word, by edit distance (index): the whole word, or only its beginning. */
const FUZZY_WORD = [1, 0.6, 0.45];
const FUZZY_BEGINNING = [1, 0.5];
/** Another ending of a word found through a typo. */
const FUZZY_STEM_SPREAD = 0.9;
/** Longer query words are not typo-matched (no word is that long; bounds the table). */
const FUZZY_MAX_LENGTH = 40;
const CACHE_SIZE = 500;

/** How many typos a query word of this length may carry: none under 4 letters, 1 up to 5, then 2. */
export function maxTypos(length: number): number {
  return length < 4 ? 0 : length < 6 ? 1 : 2;
}

// ---------------------------------------------------------------------------

/** Scores closer than this count as equal (floating point: 0.8 × 3 is not 2.4). */
const SCORE_STEP = 1e-6;

/**
 * The live items by score, best first, ties in list order. A comparator sort
 * of thousands of hits was most of the cost of a one-letter query; scores take
 * few distinct values (sums of weight × quality), so this is a counting sort:
 * group the items by score, sort the distinct scores, lay the groups out.
 */
function rank(scores: Float64Array, alive: Uint8Array): SearchHit[] {
  const n = scores.length;
  const groupOf = new Map<number, number>();
  const values: number[] = [];
  const sizes: number[] = [];
  const group = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!alive[i]) continue;
    count++;
    const value = Math.round(scores[i]! / SCORE_STEP);
    let g = groupOf.get(value);
    if (g === undefined) {
      groupOf.set(value, (g = values.length));
      values.push(value);
      sizes.push(0);
    }
    sizes[g]!++;
    group[i] = g;
  }
  const start = new Int32Array(values.length);
  let at = 0;
  for (const g of values.map((_, g) => g).sort((x, y) => values[y]! - values[x]!)) {
    start[g] = at;
    at += sizes[g]!;
  }
  const hits = new Array<SearchHit>(count);
  for (let i = 0; i < n; i++) if (alive[i]) hits[start[group[i]!]!++] = { index: i, score: scores[i]! };
  return hits;
}

/** Candidate vocabulary words for one query word, with their match quality. */
interface Candidates {
  readonly words: Int32Array;
  readonly qualities: Float64Array;
}

export class SearchIndex<T> {
  readonly size: number;
  /** Distinct folded words, sorted. */
  private vocabulary!: string[];
  /** lcp[w] = length of the common beginning of vocabulary words w - 1 and w. */
  private lcp!: Uint16Array;
  /** postings[w] = item << fieldBits | field, one per (item, field) the word occurs in. */
  private postings!: Uint32Array[];
  private readonly fieldBits: number;
  private readonly weights: Float64Array;
  private readonly bonuses: Float64Array;
  /** The fields with an all-words bonus, and each field's position among them (-1: none). */
  private readonly bonusFields: number[];
  private readonly bonusSlot: Int16Array;
  /** The stem of every vocabulary word (index into stemGroups), and the words of every stem. */
  private stemOf!: Int32Array;
  private stemGroups!: Int32Array[];
  private stemIndex!: Map<string, number>;
  private readonly cache = new Map<string, Candidates>();
  /**
   * Per first letter, the best score of every item for that one-letter query
   * word, and per bonus field its best quality: a one-letter word matches a
   * good part of the vocabulary, so its postings are summed once, as the last step of the build.
   */
  private letters?: Map<string, { readonly best: Float64Array; readonly bonusBest: Float64Array[] }>;

  /** The build still to run (deferred), or undefined once the index is complete. */
  private building?: Generator<void, void, void>;

  /**
   * Indexes `items`. With `deferred`, nothing is built yet: `step()` builds in
   * slices (the catalogue shows its first page meanwhile), and the first
   * `search()` finishes what is left.
   */
  constructor(items: readonly T[], fields: readonly SearchField<T>[], options: { readonly deferred?: boolean } = {}) {
    this.size = items.length;
    this.weights = Float64Array.from(fields, (f) => f.weight);
    this.bonuses = Float64Array.from(fields, (f) => f.allWordsBonus ?? 0);
    this.bonusFields = fields.flatMap((f, i) => (f.allWordsBonus ? [i] : []));
    this.bonusSlot = Int16Array.from(fields, (_, i) => this.bonusFields.indexOf(i));
    this.fieldBits = Math.max(1, Math.ceil(Math.log2(Math.max(2, fields.length))));
    if (items.length >= 2 ** (32 - this.fieldBits)) throw new RangeError('too many items to index');
    this.building = this.build(items, fields);
    if (!options.deferred) this.finish();
  }

  /** Whether the whole index is built. */
  get ready(): boolean {
    return this.building === undefined;
  }

  /** Builds what is left, now. */
  finish(): void {
    if (!this.building) return;
    while (!this.building.next().done);
    this.building = undefined;
  }

  /** Builds until `deadline` (a `performance.now()` time) or the end; true when the index is complete. */
  step(deadline: number): boolean {
    while (this.building) {
      if (this.building.next().done) this.building = undefined;
      else if (performance.now() >= deadline) return false;
    }
    return true;
  }

  /** The build, in steps of a few milliseconds (search-build.ts), then the one-letter queries. */
  private *build(items: readonly T[], fields: readonly SearchField<T>[]): Generator<void, void, void> {
    const parts = yield* buildParts(items, fields, this.fieldBits);
    this.vocabulary = parts.vocabulary;
    this.postings = parts.postings;
    this.lcp = parts.lcp;
    this.stemIndex = parts.stemIndex;
    this.stemOf = parts.stemOf;
    this.stemGroups = parts.stemGroups;
    // One-letter queries, the first key a resident types, are summed now rather than on that key.
    yield* this.letterPass();
  }

  /** Ranked hits for a query; an empty query gives every item in order. */
  search(query: string): SearchHit[] {
    this.finish();
    const terms = [...new Set(wordsOf(query))];
    const n = this.size;
    if (terms.length === 0) return Array.from({ length: n }, (_, index) => ({ index, score: 0 }));
    const total = new Float64Array(n);
    const alive = new Uint8Array(n).fill(1);
    const bonusFields = this.bonusFields;
    // Per bonus field: the qualities summed over the query words, and how many words it matched.
    const bonusSum = bonusFields.map(() => new Float64Array(n));
    const bonusCount = bonusFields.map(() => new Uint16Array(n));
    const best = new Float64Array(n);
    const bonusBest = bonusFields.map(() => new Float64Array(n));
    for (const term of terms) {
      const letter = term.length === 1 ? this.letters!.get(term) : undefined;
      if (letter) {
        best.set(letter.best);
        bonusBest.forEach((b, k) => b.set(letter.bonusBest[k]!));
      } else {
        best.fill(0);
        for (const b of bonusBest) b.fill(0);
        this.scoreTerm(this.candidates(term), alive, best, bonusBest);
      }
      for (let i = 0; i < n; i++) {
        if (!alive[i]) continue;
        if (best[i]! > 0) total[i]! += best[i]!;
        else alive[i] = 0;
      }
      bonusBest.forEach((b, k) => {
        const sum = bonusSum[k]!;
        const count = bonusCount[k]!;
        for (let i = 0; i < n; i++) {
          if (b[i]! > 0) {
            sum[i]! += b[i]!;
            count[i]!++;
          }
        }
      });
    }
    bonusFields.forEach((field, k) => {
      const sum = bonusSum[k]!;
      const count = bonusCount[k]!;
      for (let i = 0; i < n; i++) if (alive[i] && count[i] === terms.length) total[i]! += this.bonuses[field]! * sum[i]!;
    });
    return rank(total, alive);
  }

  /** Per item, the best field score of the candidate words (`best`), and per bonus field the best quality (`bonusBest`). */
  private scoreTerm({ words, qualities }: Candidates, alive: Uint8Array | undefined, best: Float64Array, bonusBest: readonly Float64Array[]): void {
    const fieldMask = (1 << this.fieldBits) - 1;
    for (let c = 0; c < words.length; c++) {
      const list = this.postings[words[c]!]!;
      const quality = qualities[c]!;
      for (let p = 0; p < list.length; p++) {
        const posting = list[p]!;
        const item = posting >>> this.fieldBits;
        if (alive && !alive[item]) continue;
        const field = posting & fieldMask;
        const score = quality * this.weights[field]!;
        if (score > best[item]!) best[item] = score;
        const slot = this.bonusSlot[field]!;
        if (slot >= 0 && quality > bonusBest[slot]![item]!) bonusBest[slot]![item] = quality;
      }
    }
  }

  /** The scores of every one-letter query word, summed in one pass over the vocabulary (a step per letter). */
  private *letterPass(): Generator<void, void, void> {
    const letters = new Map<string, { best: Float64Array; bonusBest: Float64Array[] }>();
    const vocabulary = this.vocabulary;
    for (let w = 0; w < vocabulary.length; ) {
      // The words that begin with this letter are one run of the sorted vocabulary: they are its candidates.
      const letter = vocabulary[w]!.charAt(0);
      let end = w;
      while (end < vocabulary.length && vocabulary[end]!.startsWith(letter)) end++;
      const entry = { best: new Float64Array(this.size), bonusBest: this.bonusFields.map(() => new Float64Array(this.size)) };
      this.scoreTerm(this.candidates(letter), undefined, entry.best, entry.bonusBest);
      letters.set(letter, entry);
      w = end;
      yield;
    }
    this.letters = letters;
  }

  /**
   * The items with a word that begins with `prefix` (folded) in one of these
   * fields, as a bitset (bit i of word i >>> 5): what the catalogue's life
   * situations match their word stems with.
   */
  itemsWithWordPrefix(prefix: string, fields: readonly number[]): Uint32Array {
    this.finish();
    const bits = new Uint32Array((this.size + 31) >>> 5);
    const fieldMask = (1 << this.fieldBits) - 1;
    let wanted = 0;
    for (const f of fields) wanted |= 1 << f;
    const vocabulary = this.vocabulary;
    for (let w = this.lowerBound(prefix); w < vocabulary.length && vocabulary[w]!.startsWith(prefix); w++) {
      const list = this.postings[w]!;
      for (let p = 0; p < list.length; p++) {
        const posting = list[p]!;
        if (!(wanted & (1 << (posting & fieldMask)))) continue;
        const item = posting >>> this.fieldBits;
        bits[item >>> 5]! |= 1 << (item & 31);
      }
    }
    return bits;
  }

  /** The vocabulary words a query word matches, with the best quality of each (cached per query word). */
  private candidates(term: string): Candidates {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const found = new Map<number, number>();
    const offer = (word: number, quality: number) => {
      if (!((found.get(word) ?? 0) >= quality)) found.set(word, quality);
    };
    const vocabulary = this.vocabulary;
    let exact = false;
    for (let w = this.lowerBound(term); w < vocabulary.length && vocabulary[w]!.startsWith(term); w++) {
      if (vocabulary[w] === term) exact = true;
      offer(w, vocabulary[w] === term ? EXACT : PREFIX);
    }
    const group = this.stemIndex.get(stem(term));
    if (group !== undefined) for (const w of this.stemGroups[group]!) offer(w, STEM);
    // A word the catalogue uses is taken as meant; anything else may be a typo.
    if (!exact) {
      const typos = maxTypos(term.length);
      if (typos > 0 && term.length <= FUZZY_MAX_LENGTH) {
        fuzzyWalk(this.vocabulary, this.lcp, term, typos, (w, distance, whole) => {
          const quality = (whole ? FUZZY_WORD : FUZZY_BEGINNING)[distance]!;
          if ((found.get(w) ?? 0) >= quality) return;
          offer(w, quality);
          // The word's other endings: "seniru" → "senioru" → "seniory", "seniorům", …
          for (const other of this.stemGroups[this.stemOf[w]!]!) offer(other, quality * FUZZY_STEM_SPREAD);
        });
      }
    }
    const result: Candidates = { words: Int32Array.from(found.keys()), qualities: Float64Array.from(found.values()) };
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(term, result);
    return result;
  }

  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
