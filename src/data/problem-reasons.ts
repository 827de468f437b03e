/**
 * The wording of validation problems, Czech and English (problems.ts gives
 * their paths), registered with `registerReasons(reasonOf)`: by the command
 * line, the server and the npm entry at once, and by the widgets only when a
 * file has a problem (load.ts), so a page with a good file does not download
 * it.
 */
import type { Label } from './taxonomy.js';
import type { IssueLike } from './problems.js';
import { daysInMonth } from './schema.js';

const TYPE_NAMES: Record<string, Label> = {
  string: { cs: 'text', en: 'a string' },
  number: { cs: 'číslo', en: 'a number' },
  boolean: { cs: 'true nebo false', en: 'true or false' },
  array: { cs: 'seznam [ … ]', en: 'a list [ … ]' },
  object: { cs: 'objekt { … }', en: 'an object { … }' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The survey's own checks (schema.ts). */
const SURVEY_REASONS: Readonly<Record<string, Label>> = {
  'survey-options-required': { cs: 'otázka s výběrem (single, multiple) potřebuje options, nejméně dvě možnosti', en: 'a choice question (single, multiple) needs options, at least two' },
  'survey-scale': { cs: 'škála potřebuje scale { min, max } s min menším než max a nejvýše 11 stupni', en: 'a scale needs scale { min, max } with min below max and at most 11 steps' },
  'survey-range': { cs: 'min je větší než max', en: 'min is greater than max' },
  'survey-show-if': {
    cs: 'showIf musí odkazovat na dřívější otázku (ne textovou) a hodnotu, kterou ta otázka může mít',
    en: 'showIf must name an earlier question (not a text one) and a value that question can have',
  },
};

const show = (value: unknown) => JSON.stringify(value) ?? String(value);

const MONTHS: Label[] = [
  ['leden', 'January'], ['únor', 'February'], ['březen', 'March'], ['duben', 'April'], ['květen', 'May'], ['červen', 'June'],
  ['červenec', 'July'], ['srpen', 'August'], ['září', 'September'], ['říjen', 'October'], ['listopad', 'November'], ['prosinec', 'December'],
].map(([cs, en]) => ({ cs: cs!, en: en! }));

/** A date or date-time whose day is not in its month (schema.ts, `realDay`): which month, and how long it is; else undefined. */
function notADay(text: string): Label | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(\d\d)(T|$)/.exec(text);
  if (!match) return undefined;
  const year = +match[1]!;
  const month = +match[2]!;
  const days = daysInMonth(year, month);
  if (+match[3]! <= days) return undefined;
  const name = MONTHS[month - 1]!;
  return { cs: `„${text}“ není skutečné datum: ${name.cs} ${year} má ${days} dní`, en: `"${text}" is not a real date: ${name.en} ${year} has ${days} days` };
}

export function reasonOf(issue: IssueLike): Label {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { cs: 'chybí povinná položka', en: 'required field is missing' };
      // A number with a fraction where a count belongs (a size in bytes): the number says more than its type.
      if (issue.expected === 'int') return { cs: `má být celé číslo, je tu ${show(input)}`, en: `expected a whole number, got ${show(input)}` };
      const want = TYPE_NAMES[issue.expected ?? ''] ?? { cs: String(issue.expected), en: String(issue.expected) };
      return { cs: `má být ${want.cs}, je tu ${typeOf(input)}`, en: `expected ${want.en}, got ${typeOf(input)}` };
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      if (values.length === 1) {
        return { cs: `má být ${show(values[0])}, je tu ${show(input)}`, en: `expected ${show(values[0])}, got ${show(input)}` };
      }
      return { cs: `neznámý kód ${show(input)}`, en: `unknown code ${show(input)}` };
    }
    case 'too_small':
      if (issue.origin === 'string') return { cs: 'nesmí být prázdné', en: 'must not be empty' };
      if (issue.origin === 'array') return { cs: 'seznam nesmí být prázdný', en: 'list must not be empty' };
      return { cs: `nejméně ${issue.minimum}, je tu ${show(input)}`, en: `must be at least ${issue.minimum}, got ${show(input)}` };
    case 'too_big':
      return { cs: `nejvýše ${issue.maximum}, je tu ${show(input)}`, en: `must be at most ${issue.maximum}, got ${show(input)}` };
    case 'invalid_format':
      return (typeof input === 'string' && notADay(input)) || {
        cs: `neplatný formát ${show(input)} (datum jako 2026-12-03, čas jako 2026-12-03T14:00:00+01:00, kód jako malá-pismena-bez-diakritiky)`,
        en: `invalid format ${show(input)} (date like 2026-12-03, time like 2026-12-03T14:00:00+01:00, code like lower-case-ascii)`,
      };
    case 'custom':
      if (issue.message === 'forms-required') {
        return { cs: 'u registrované služby je forma povinná (ambulantni, terenni, pobytova)', en: 'forms are required for a registered kind (ambulantni, terenni, pobytova)' };
      }
      if (issue.message === 'duplicate-id') {
        // A paragraph's id (plan-schema.ts) is what a comment points at, so it must differ from the section and measure ids as well.
        if (issue.path.includes('paragraphs')) {
          return {
            cs: `id ${show(input)} už má jiný odstavec, oddíl nebo opatření plánu: připomínka odkazuje na odstavec podle id, to musí být jedinečné`,
            en: `duplicate id ${show(input)}: another paragraph, section or measure of the plan has it, and a comment points at a paragraph by its id`,
          };
        }
        return { cs: `id ${show(input)} se v souboru opakuje`, en: `duplicate id ${show(input)}` };
      }
      return SURVEY_REASONS[issue.message] ?? { cs: issue.message, en: issue.message };
    default:
      return { cs: issue.message, en: issue.message };
  }
}
