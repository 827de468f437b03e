/** Light Czech stemming, on folded words (no diacritics), for the catalogue search (search.ts). */

/**
 * Case endings of nouns and adjectives, folded, longest first. "-ů" folds to
 * "u", "-ům" to "um", "-ých" to "ych", "-ími" to "imi".
 */
const ENDINGS = ['ami', 'emi', 'imi', 'ymi', 'ach', 'ech', 'ich', 'ych', 'eho', 'emu', 'iho', 'imu', 'ou', 'em', 'um', 'am', 'im', 'ym', 'mi', 'a', 'e', 'i', 'o', 'u', 'y'];
/** A stem keeps at least this many letters. */
const MIN_STEM = 3;
/** Stems the endings cannot reach: the ů/o alternation ("dům", "domy"). */
const IRREGULAR: ReadonlyMap<string, string> = new Map([['dum', 'dom']]);

/**
 * The stem of a folded word, for matching across Czech endings: strips one
 * case ending ("seniory", "seniorů", "seniorům" → "senior"), then the
 * possessive or relational suffix "-ov" ("dluhové", "dluhovou" → "dluh",
 * "domov", "domovy" → "dom", "Klatovy", "Klatovech" → "klat"), keeping at
 * least three letters. Words with digits or letters outside a–z are left
 * alone. Deliberately light: it only has to make a query word and the
 * catalogue's word meet, both go through it.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  if (!/^[a-z]+$/.test(word)) return word;
  let s = word;
  for (const ending of ENDINGS) {
    if (s.length - ending.length >= MIN_STEM && s.endsWith(ending)) {
      s = s.slice(0, -ending.length);
      break;
    }
  }
  if (s.length - 2 >= MIN_STEM && s.endsWith('ov')) s = s.slice(0, -2);
  return s;
}
