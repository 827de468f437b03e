/** A survey's answers as plain text, for a resident to pass on when they cannot be delivered. */
import type { Survey } from '../../data/schema.js';

/** Each answered question with its answer; choices by their labels, "other" by its text. */
export function answersAsText(survey: Survey, answers: Readonly<Record<string, unknown>>): string {
  return survey.questions
    .flatMap((q) => {
      const value = answers[q.id];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
      const label = (v: unknown) => (v === 'other' ? String(answers[`${q.id}.other`] ?? v) : (q.options?.find((o) => o.id === v)?.label ?? String(v)));
      return [`${q.text}\n${Array.isArray(value) ? value.map(label).join(', ') : label(value)}`];
    })
    .join('\n\n');
}
