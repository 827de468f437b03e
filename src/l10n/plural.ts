/** Plural forms keyed by Intl.PluralRules categories; `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * The digit group separator of whole numbers as Intl writes them ("6 000" with
 * a no-break space in Czech and Ukrainian, "6,000" in English): a catalogue
 * writes hundreds of counts per keystroke, and its first render would wait
 * for Intl's number data (about 9 ms) and pay its slow format per call.
 */
const GROUP: Readonly<Record<string, string>> = { cs: '\u00a0', uk: '\u00a0', en: ',' };

export function formatNumber(locale: string, n: number): string {
  const group = GROUP[locale];
  if (group !== undefined && Number.isSafeInteger(n) && n >= 0) {
    const digits = String(n);
    let out = '';
    for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? group : '') + digits[i];
    return out;
  }
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

export function plural(locale: string, n: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = forms[rule.select(n)] ?? forms.other;
  return form.replace('#', formatNumber(locale, n));
}
