/**
 * Labels of codes (kinds, target groups, event types, …) in the widget's
 * language. Czech comes with the widgets that show codes (`cs/labels.ts`);
 * English and Ukrainian come in their language's lazily loaded chunk and
 * register here when it arrives, so a Czech page never downloads them. A
 * label a language lacks falls back to English, then Czech.
 */
import type { Locale } from '../data/taxonomy.js';
import { csLabels } from './cs/labels.js';

/** The code tables that have labels, by name, with their codes. */
export type LabelTables = typeof csLabels;
export type LabelTableName = keyof LabelTables;

/** A language chunk's labels: for each table, code → label. */
export type LabelSet = { readonly [T in LabelTableName]: Readonly<Record<keyof LabelTables[T], string>> };

const sets = new Map<Locale, LabelSet>([['cs', csLabels]]);

let version = 0;
/** Grows each time a language's labels arrive (the catalogue rebuilds its search index then). */
export const labelsVersion = (): number => version;

/** A language chunk registers its labels when it loads. */
export function registerLabels(locale: Locale, set: LabelSet): void {
  sets.set(locale, set);
  version++;
}

/** Every label of `code` in the languages this page has loaded, Czech first (the catalogue searches them all). */
export function allLabels(table: LabelTableName, code: string): string[] {
  const out: string[] = [];
  for (const set of sets.values()) {
    const text = (set[table] as Record<string, string>)[code];
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** The label of `code` in `locale`: that language's, else English, else Czech. */
export function label<T extends LabelTableName>(table: T, code: keyof LabelTables[T] & string, locale: Locale): string {
  const get = (l: Locale) => (sets.get(l)?.[table] as Record<string, string> | undefined)?.[code];
  return get(locale) || get('en') || csLabels[table][code as keyof LabelTables[T]] as string;
}
