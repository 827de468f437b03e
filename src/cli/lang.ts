/**
 * The command line speaks Czech, or English with `--lang en` or an English
 * locale in the environment (LC_ALL, LC_MESSAGES, LANG = en*).
 */
import type { Label, Locale } from '../data/taxonomy.js';

export type Lang = Extract<Locale, 'cs' | 'en'>;

export function isLang(value: unknown): value is Lang {
  return value === 'cs' || value === 'en';
}

export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'cs';
}

/** `3 chyby`, `5 chyb`, `1 error`: a count with its noun in the right plural form. */
export function count(lang: Lang, n: number, forms: { cs: readonly [one: string, few: string, other: string]; en: readonly [one: string, other: string] }): string {
  const category = new Intl.PluralRules(lang).select(n);
  if (lang === 'en') return `${n} ${category === 'one' ? forms.en[0] : forms.en[1]}`;
  const [one, few, other] = forms.cs;
  return `${n} ${category === 'one' ? one : category === 'few' ? few : other}`;
}

export const NOUNS = {
  error: { cs: ['chyba', 'chyby', 'chyb'], en: ['error', 'errors'] },
  warning: { cs: ['varování', 'varování', 'varování'], en: ['warning', 'warnings'] },
  file: { cs: ['soubor', 'soubory', 'souborů'], en: ['file', 'files'] },
  service: { cs: ['služba', 'služby', 'služeb'], en: ['service', 'services'] },
  event: { cs: ['setkání', 'setkání', 'setkání'], en: ['event', 'events'] },
  record: { cs: ['záznam', 'záznamy', 'záznamů'], en: ['record', 'records'] },
  facility: { cs: ['zařízení', 'zařízení', 'zařízení'], en: ['facility', 'facilities'] },
  paragraph: { cs: ['odstavec', 'odstavce', 'odstavců'], en: ['paragraph', 'paragraphs'] },
  phase: { cs: ['fáze', 'fáze', 'fází'], en: ['phase', 'phases'] },
  document: { cs: ['dokument', 'dokumenty', 'dokumentů'], en: ['document', 'documents'] },
} as const;

export const say = (lang: Lang, label: Label) => label[lang];
