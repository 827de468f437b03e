/**
 * The public results of a survey (`GET {endpoint}/results?region=…&survey=…`):
 * the number of responses, and per question how many answered it and the
 * counts per option or scale value (or, for numbers, a summary). Free-text
 * answers are never part of them, and no figure at all until `minResponses`
 * people have answered (the survey's `resultsMinResponses`, default 10, at
 * least 5): until then only the number of responses. The server builds this shape; the widget
 * reads it through `loadSurveyResults`, validated like the region file.
 */
import * as v from './shape.js';

// The results' address needs no schema: the survey widget has it before it loads the rest.
export { resultsUrl } from './results-url.js';

const count = () => v.int({ minimum: 0 });

export const QuestionResult = v.object({
  id: v.string(),
  /** Responses that answered this question. */
  answered: count(),
  /** Choices and yes/no: option id → count; scale: value → count. */
  counts: v.optional(v.record(count())),
  /** Scale and number. */
  average: v.optional(v.number()),
  /** Number only. */
  median: v.optional(v.number()),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
});

export const SurveyResults = v.object({
  region: v.string(),
  survey: v.string(),
  responses: count(),
  /** The responses needed before any figure is published; under it, `questions` is empty. */
  minResponses: v.optional(count()),
  questions: v.array(QuestionResult),
});

export type QuestionResult = v.Infer<typeof QuestionResult>;
export type SurveyResults = v.Infer<typeof SurveyResults>;

export async function loadSurveyResults(url: string, signal?: AbortSignal): Promise<SurveyResults> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit', ...(signal ? { signal } : {}) });
  if (!response.ok) throw new Error(`survey results: HTTP ${response.status}`);
  const parsed = v.parse(SurveyResults, await response.json());
  if (!parsed.ok) throw new Error('survey results: not in the expected shape');
  return parsed.value;
}
