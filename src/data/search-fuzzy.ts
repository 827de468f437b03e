/**
 * The typo search of the catalogue (search.ts): every vocabulary word within
 * k typos of a query word, walking the sorted vocabulary as a trie.
 */

/** Query words shorter than this are not matched against word beginnings with a typo (too many). */
const FUZZY_BEGINNING_MIN_LENGTH = 5;
/** A word's beginning is short evidence: one typo there, not two. */
const FUZZY_BEGINNING_MAX_TYPOS = 1;

/**
 * Calls `report(word, distance, whole)` for every vocabulary word within
 * `k` typos of the term (optimal string alignment distance: insertions,
 * deletions, substitutions, transpositions of neighbours), `whole` true,
 * and, for terms of 5+ letters, for every word whose beginning is within
 * one typo (the term as typed so far), `whole` false. Words the term
 * begins exactly (distance 0) are left to the prefix match.
 *
 * The sorted vocabulary is walked as a trie: row r of the table is the
 * distance between the word's first r letters and each beginning of the
 * term, so a word reuses the rows of the common beginning with the word
 * before it, and once a row is all above k, no longer word under that
 * beginning can match and all of them are skipped.
 */
export function fuzzyWalk(
vocabulary: readonly string[],
lcp: Uint16Array,
term: string,
k: number,
report: (word: number, distance: number, whole: boolean) => void,
): void {
  const m = term.length;
  const width = m + 1;
  const maxDepth = m + k;
  const beginningTypos = m >= FUZZY_BEGINNING_MIN_LENGTH ? FUZZY_BEGINNING_MAX_TYPOS : 0;
  const t = new Uint16Array(m);
  for (let j = 0; j < m; j++) t[j] = term.charCodeAt(j);
  const table = new Uint8Array((maxDepth + 1) * width);
  for (let j = 0; j <= m; j++) table[j] = Math.min(j, 255);
  /** prefixBest[r] = the distance from the term to the closest of the first 1..r letters of the word. */
  const prefixBest = new Uint8Array(maxDepth + 1);
  prefixBest[0] = Math.min(m, 255);
  let valid = 0; // rows 0..valid of the table hold the current word's beginning
  let dead = false; // row `valid` is all above k
  for (let w = 0; w < vocabulary.length; w++) {
    const word = vocabulary[w]!;
    const common = lcp[w]!;
    if (dead && common >= valid) {
      // Same hopeless beginning as the word before: only its shorter beginnings can match.
      const d = prefixBest[valid - 1]!;
      if (d > 0 && d <= beginningTypos) report(w, d, false);
      continue;
    }
    const length = word.length;
    const limit = Math.min(length, maxDepth);
    let r = Math.min(common, valid, limit);
    dead = false;
    while (r < limit) {
      r++;
      const row = r * width;
      const up = row - width;
      const a = word.charCodeAt(r - 1);
      const before = r > 1 ? word.charCodeAt(r - 2) : -1;
      let v = r > 255 ? 255 : r;
      table[row] = v;
      let rowMin = v;
      for (let j = 1; j <= m; j++) {
        const b = t[j - 1]!;
        let d = table[up + j - 1]! + (a === b ? 0 : 1);
        const del = table[up + j]! + 1;
        if (del < d) d = del;
        const ins = v + 1;
        if (ins < d) d = ins;
        if (j > 1 && a === t[j - 2] && before === b) {
          const tr = table[up - width + j - 2]! + 1;
          if (tr < d) d = tr;
        }
        v = d > 255 ? 255 : d;
        table[row + j] = v;
        if (v < rowMin) rowMin = v;
      }
      const last = table[row + m]!;
      prefixBest[r] = last < prefixBest[r - 1]! ? last : prefixBest[r - 1]!;
      if (rowMin > k) {
        dead = true;
        break;
      }
    }
    valid = r;
    const whole = !dead && r === length ? table[r * width + m]! : 255;
    if (whole <= k) {
      if (whole > 0) report(w, whole, true);
      continue;
    }
    const d = prefixBest[dead ? r - 1 : r]!;
    if (d > 0 && d <= beginningTypos) report(w, d, false);
  }
}
