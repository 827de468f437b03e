/** The survey's answers as its controls hold them (text, chosen ids) and as the answer rules and the draft take them. */
import type { Survey } from '../../data/schema.js';
import type { RawAnswers } from './question.js';

/** What was typed, as the answer rules take it: numbers as numbers (decimal comma or point), the rest as it is. */
export function answersOf(survey: Survey, raw: RawAnswers): Record<string, unknown> {
  const input: Record<string, unknown> = { ...raw };
  for (const q of survey.questions) {
    const value = raw[q.id];
    if (typeof value !== 'string' || (q.type !== 'number' && q.type !== 'scale')) continue;
    const typed = value.replace(/\s/g, '').replace(',', '.').replace('−', '-');
    input[q.id] = typed === '' ? '' : /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : value;
  }
  return input;
}

/** Stored answers back into the controls' values (a refused response handed back). */
export function rawOf(answers: Readonly<Record<string, unknown>>): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (Array.isArray(value)) raw[key] = value.filter((v): v is string => typeof v === 'string');
    else if (typeof value === 'string' || typeof value === 'number') raw[key] = String(value);
  }
  return raw;
}

/** Without empty answers (what the draft keeps). */
export function filled(raw: RawAnswers): Record<string, string | readonly string[]> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v.length > 0));
}
