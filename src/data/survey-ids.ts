/**
 * The answer ids of a choice question, which the schema checks conditions
 * against (schema.ts, on every page) and the survey's rules use (survey.ts,
 * only with the survey widget and on the server).
 */
import type { SurveyQuestion } from './schema.js';

/** The answer id of the "other" choice. */
export const OTHER = 'other';
/** The answer ids of a yes/no question. */
export const YES_NO = ['yes', 'no'] as const;

/** The answer ids a choice question takes: its options (and "other"), or yes and no. */
export function choiceIds(q: SurveyQuestion): string[] {
  if (q.type === 'yesno') return [...YES_NO];
  if (q.type !== 'single' && q.type !== 'multiple') return [];
  return [...(q.options ?? []).map((o) => o.id), ...(q.other ? [OTHER] : [])];
}
