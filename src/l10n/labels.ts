/**
 * Labels of codes (kinds, target groups, event types, …) in the widget's
 * language. Czech and English live in the code tables themselves (the
 * validator and the CLI read them too). Other languages (Ukrainian) bring their
 * labels in their own lazily loaded chunk and register them here by table
 * name, so a Czech page never downloads them and the tables stay one source.
 */
import type { Label, Locale } from '../data/taxonomy.js';

/** The code tables that have labels, by name. */
export type LabelTableName = 'kindGroups' | 'kinds' | 'forms' | 'formsPlain' | 'targetGroups' | 'ageGroups' | 'eventTypes' | 'situations';

/** A language chunk's labels: for each table, code → label. */
export type LabelSet = Readonly<Record<LabelTableName, Readonly<Record<string, string>>>>;

const names = new WeakMap<object, LabelTableName>();
const sets = new Map<Locale, LabelSet>();

/** Names a code table, so other languages can give its labels (returns the table). */
export function labelled<T extends Readonly<Record<string, Label>>>(name: LabelTableName, table: T): T {
  names.set(table, name);
  return table;
}

let version = 0;
/** Grows each time a language's labels arrive (the catalogue rebuilds its search index then). */
export const labelsVersion = (): number => version;

/** A language chunk registers its labels when it loads. */
export function registerLabels(locale: Locale, set: LabelSet): void {
  sets.set(locale, set);
  version++;
}

/** Every label of `code`: Czech, English and each registered language's (the catalogue searches them all). */
export function allLabels<T extends Readonly<Record<string, Label>>>(table: T, code: keyof T & string): string[] {
  const entry = table[code] as Label;
  const out = [entry.cs, entry.en];
  const name = names.get(table);
  if (name) for (const set of sets.values()) if (set[name][code]) out.push(set[name][code]);
  return out;
}

/**
 * The label of `code` in `locale`: the table's own Czech or English, the
 * registered language's label, or English when a language lacks one.
 */
export function label<T extends Readonly<Record<string, Label>>>(table: T, code: keyof T & string, locale: Locale): string {
  const entry = table[code] as Label;
  if (locale === 'cs' || locale === 'en') return entry[locale];
  const name = names.get(table);
  return (name && sets.get(locale)?.[name][code]) || entry.en;
}
