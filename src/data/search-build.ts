/**
 * Building the catalogue search's index (search.ts): each distinct token
 * folded once, postings (item, field) per word, the sorted vocabulary with
 * the common beginnings of neighbours (for the typo walk), and the words of
 * each stem. A generator, so it can run in slices.
 */
import { fold } from './text.js';
import { stem } from './stem.js';
import type { SearchField } from './search.js';

/** A deferred build yields after this many items (well under a millisecond of work, even before the code is optimized). */
const SLICE_ITEMS = 8;

export interface IndexParts {
  /** Distinct folded words, sorted. */
  readonly vocabulary: string[];
  /** postings[w] = item << fieldBits | field, one per (item, field) the word occurs in. */
  readonly postings: Uint32Array[];
  /** lcp[w] = length of the common beginning of vocabulary words w - 1 and w. */
  readonly lcp: Uint16Array;
  /** The stem of every vocabulary word (index into stemGroups), and the words of every stem. */
  readonly stemIndex: Map<string, number>;
  readonly stemOf: Int32Array;
  readonly stemGroups: Int32Array[];
}

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;
const NOT_WORD_CHAR = /[^\p{L}\p{N}]/u;
const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 part of a word, 2 a separator. */
let unitClass: Uint8Array | undefined;

/**
 * Whether a UTF-16 code unit can be part of a word (a letter, digit or
 * combining mark, so the text can be split before it is folded, and each
 * distinct token folded once). Surrogates count as word units: a token that
 * holds a character outside letters and digits is split again after folding.
 */
function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  unitClass ??= new Uint8Array(0x10000);
  let c = unitClass[code]!;
  if (c === 0) unitClass[code] = c = WORD_UNIT.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

/**
 * The build, in steps of well under a millisecond (a yield every `SLICE_ITEMS`
 * items, and between the later passes), so the catalogue can build it
 * between other work.
 */
export function* buildParts<T>(items: readonly T[], fields: readonly SearchField<T>[], fieldBits: number): Generator<void, IndexParts, void> {

  // Folding is the cost of a build: each distinct token is folded once and
  // given the ids of its words; each distinct text of a repeated field (a
  // taxonomy label) is tokenized once.
  const firstSeen: string[] = [];
  const ids = new Map<string, number>();
  /** The last posting recorded for each word id (one posting per item and field). */
  let lastPosting = new Float64Array(1024).fill(-1);
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      ids.set(word, (id = firstSeen.length));
      firstSeen.push(word);
      if (id === lastPosting.length) {
        const grown = new Float64Array(id * 2).fill(-1);
        grown.set(lastPosting);
        lastPosting = grown;
      }
    }
    return id;
  };
  const tokens = new Map<string, readonly number[]>();
  /** Appends the word ids of a text to `out`. */
  const idsOfText = (text: string, out: number[]): void => {
    const length = text.length;
    let start = -1;
    for (let i = 0; i <= length; i++) {
      if (i < length && isWordUnit(text.charCodeAt(i))) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      const token = text.slice(start, i);
      start = -1;
      let found = tokens.get(token);
      if (!found) {
        const f = fold(token);
        // Folding may leave a character that is not a letter or digit: split as words() would.
        const folded = NOT_WORD_CHAR.test(f) ? f.split(WORD_SEPARATOR).filter(Boolean) : f ? [f] : [];
        tokens.set(token, (found = folded.map(idOf)));
      }
      for (let w = 0; w < found.length; w++) out.push(found[w]!);
    }
  };
  const repeatedTexts = new Map<string, readonly number[]>();
  const scratch: number[] = [];

  // Occurrences (word id, posting) in item order, in growable typed arrays,
  // then grouped by word with a counting sort into one buffer.
  let occurrenceWords = new Int32Array(1 << 16);
  let occurrencePostings = new Uint32Array(1 << 16);
  let occurrences = 0;
  for (let i = 0; i < items.length; i++) {
    if (i % SLICE_ITEMS === SLICE_ITEMS - 1) yield;
    const item = items[i]!;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      const value = field.get(item);
      if (value === undefined) continue;
      const posting = ((i << fieldBits) | f) >>> 0;
      for (const text of typeof value === 'string' ? [value] : value) {
        let found = field.repeated ? repeatedTexts.get(text) : undefined;
        if (!found) {
          scratch.length = 0;
          idsOfText(text, scratch);
          found = scratch;
          if (field.repeated) repeatedTexts.set(text, (found = [...new Set(scratch)]));
        }
        for (let w = 0; w < found.length; w++) {
          const word = found[w]!;
          if (lastPosting[word] === posting) continue;
          lastPosting[word] = posting;
          if (occurrences === occurrenceWords.length) {
            const words = new Int32Array(occurrences * 2);
            words.set(occurrenceWords);
            occurrenceWords = words;
            const postings = new Uint32Array(occurrences * 2);
            postings.set(occurrencePostings);
            occurrencePostings = postings;
          }
          occurrenceWords[occurrences] = word;
          occurrencePostings[occurrences++] = posting;
        }
      }
    }
  }
  const wordCount = firstSeen.length;
  const starts = new Int32Array(wordCount + 1);
  for (let o = 0; o < occurrences; o++) starts[occurrenceWords[o]! + 1]!++;
  for (let w = 0; w < wordCount; w++) starts[w + 1]! += starts[w]!;
  const all = new Uint32Array(occurrences);
  const next = starts.slice(0, wordCount);
  for (let o = 0; o < occurrences; o++) all[next[occurrenceWords[o]!]!++] = occurrencePostings[o]!;

  yield;
  const vocabulary = [...firstSeen].sort();
  const postings = vocabulary.map((word) => {
    const id = ids.get(word)!;
    return all.subarray(starts[id]!, starts[id + 1]!);
  });
  const lcp = new Uint16Array(vocabulary.length);
  for (let w = 1; w < vocabulary.length; w++) {
    const a = vocabulary[w - 1]!;
    const b = vocabulary[w]!;
    const max = Math.min(a.length, b.length, 0xffff);
    let l = 0;
    while (l < max && a.charCodeAt(l) === b.charCodeAt(l)) l++;
    lcp[w] = l;
  }
  yield;
  const stemIndex = new Map<string, number>();
  const stemOf = new Int32Array(vocabulary.length);
  const groups: number[][] = [];
  vocabulary.forEach((word, w) => {
    const s = stem(word);
    let g = stemIndex.get(s);
    if (g === undefined) {
      stemIndex.set(s, (g = groups.length));
      groups.push([]);
    }
    groups[g]!.push(w);
    stemOf[w] = g;
  });
  return { vocabulary, postings, lcp, stemIndex, stemOf, stemGroups: groups.map((g) => Int32Array.from(g)) };
}
