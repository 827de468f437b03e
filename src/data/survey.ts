/**
 * The survey's answer rules, in one place for the widget (required checks,
 * conditional questions) and the server (validation of a POST): which
 * questions are asked, which answers a question takes, and how they are
 * normalized. Pure functions over the survey of the region file.
 */
import type { Survey, SurveyQuestion } from './schema.js';
import { choiceIds, OTHER } from './survey-ids.js';

// The answer ids the schema needs too (on every page), kept apart so the rest stays with the survey.
export { choiceIds, OTHER, YES_NO } from './survey-ids.js';

/** Public results show no figures until this many have answered (`survey.resultsMinResponses`, default 10)… */
export const RESULTS_MIN_DEFAULT = 10;
/** …and never fewer than 5: with fewer, one person's answers could be read from them. */
export const RESULTS_MIN_FLOOR = 5;
export const resultsMinimum = (survey: { readonly resultsMinResponses?: number | undefined }) =>
  Math.max(RESULTS_MIN_FLOOR, survey.resultsMinResponses ?? RESULTS_MIN_DEFAULT);

/** Longest free-text answer, in characters. */
export const SURVEY_TEXT_MAX = 2000;
/** Longest "other" text of a choice question. */
export const SURVEY_OTHER_MAX = 500;

export type AnswerValue = string | number | readonly string[];
/** Answers by question id, and the "other" texts under `<id>.other`. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type AnswerProblemKind =
  | 'required'
  | 'invalid'
  | 'unknown-question'
  | 'unknown-option'
  | 'not-a-number'
  | 'not-whole'
  | 'range'
  | 'too-long'
  | 'other-text';

export interface AnswerProblem {
  /** The question id (or the unknown key). */
  readonly question: string;
  readonly kind: AnswerProblemKind;
}

export const otherKey = (id: string) => `${id}.other`;

/** The steps of a scale question, low to high, with the labels of its two ends. */
export function scaleSteps(q: SurveyQuestion): { value: number; end?: string }[] {
  if (!q.scale) return [];
  const { min, max, minLabel, maxLabel } = q.scale;
  return Array.from({ length: max - min + 1 }, (_, i) => {
    const value = min + i;
    const end = value === min ? minLabel : value === max ? maxLabel : undefined;
    return end ? { value, end } : { value };
  });
}

const chars = (s: string) => [...s].length;
const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Whether a condition holds for an answer already normalized. */
function matches(showIf: NonNullable<SurveyQuestion['showIf']>, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  const wanted = Array.isArray(showIf.equals) ? showIf.equals : [showIf.equals];
  const given: readonly (string | number)[] = Array.isArray(answer) ? answer : [answer as string | number];
  return given.some((g) => wanted.includes(g));
}

type Check = { value?: AnswerValue; other?: string; problem?: AnswerProblemKind };

function checkOne(q: SurveyQuestion, raw: unknown, rawOther: unknown): Check {
  if (isEmpty(raw)) return q.required ? { problem: 'required' } : {};
  switch (q.type) {
    case 'text': {
      if (typeof raw !== 'string') return { problem: 'invalid' };
      const value = raw.trim();
      return chars(value) > SURVEY_TEXT_MAX ? { problem: 'too-long' } : { value };
    }
    case 'scale':
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return { problem: 'not-a-number' };
      if (!Number.isInteger(raw)) return { problem: 'not-whole' };
      const min = q.type === 'scale' ? q.scale?.min : q.min;
      const max = q.type === 'scale' ? q.scale?.max : q.max;
      return (min !== undefined && raw < min) || (max !== undefined && raw > max) ? { problem: 'range' } : { value: raw };
    }
    default: {
      const ids = choiceIds(q);
      const given = q.type === 'multiple' ? raw : [raw];
      if (!Array.isArray(given) || !given.every((v) => typeof v === 'string' && ids.includes(v)) || new Set(given).size !== given.length) {
        return { problem: 'unknown-option' };
      }
      // Canonical order (the options' order), so the same answers always look the same.
      const chosen = ids.filter((id) => given.includes(id));
      const value = q.type === 'multiple' ? chosen : chosen[0]!;
      if (!chosen.includes(OTHER)) return { value };
      const other = typeof rawOther === 'string' ? rawOther.trim() : '';
      if (!other) return { value, problem: 'other-text' };
      return chars(other) > SURVEY_OTHER_MAX ? { value, problem: 'too-long' } : { value, other };
    }
  }
}

export interface CheckedAnswers {
  /** The answers of the questions asked, normalized; answers to questions not asked are dropped. */
  readonly answers: Answers;
  readonly problems: readonly AnswerProblem[];
  /** The questions asked with these answers, in order. */
  readonly shown: readonly SurveyQuestion[];
}

/**
 * Checks answers against the questions. A question is asked when it has no
 * condition or the (earlier) question it names was asked and answered with
 * one of the values. Texts are trimmed, choices put in the options' order.
 * Scale and number answers must be numbers (the widget converts what was typed).
 */
export function checkAnswers(survey: Survey, input: Readonly<Record<string, unknown>>): CheckedAnswers {
  const answers: Record<string, AnswerValue> = {};
  const problems: AnswerProblem[] = [];
  const shown: SurveyQuestion[] = [];
  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  for (const key of Object.keys(input)) {
    const base = key.endsWith('.other') ? key.slice(0, -'.other'.length) : key;
    const q = byId.get(base);
    if (!q || (base !== key && !q.other)) problems.push({ question: key, kind: 'unknown-question' });
  }
  for (const q of survey.questions) {
    if (q.showIf && !matches(q.showIf, answers[q.showIf.question])) continue;
    shown.push(q);
    const result = checkOne(q, input[q.id], input[otherKey(q.id)]);
    if (result.value !== undefined) answers[q.id] = result.value;
    if (result.other !== undefined) answers[otherKey(q.id)] = result.other;
    if (result.problem) problems.push({ question: q.id, kind: result.problem });
  }
  return { answers, problems, shown };
}
