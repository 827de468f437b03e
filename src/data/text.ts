/** Text folding for search: lower case, no diacritics ("Pečovatelská" → "pecovatelska"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded words of a text (letters and digits). */
export function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
