/**
 * The public results of a survey (`GET {endpoint}/results?region=…&survey=…`):
 * the number of responses, and per question how many answered it and the
 * counts per option or scale value (or, for numbers, a summary). Free-text
 * answers are never part of them. The server builds this shape; the widget
 * reads it through `loadSurveyResults`, validated like the region file.
 */
import * as z from 'zod/mini';

const count = () => z.int().check(z.gte(0));

export const QuestionResult = z.object({
  id: z.string(),
  /** Responses that answered this question. */
  answered: count(),
  /** Choices and yes/no: option id → count; scale: value → count. */
  counts: z.optional(z.record(z.string(), count())),
  /** Scale and number. */
  average: z.optional(z.number()),
  /** Number only. */
  median: z.optional(z.number()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});

export const SurveyResults = z.object({
  region: z.string(),
  survey: z.string(),
  responses: count(),
  questions: z.array(QuestionResult),
});

export type QuestionResult = z.infer<typeof QuestionResult>;
export type SurveyResults = z.infer<typeof SurveyResults>;

/** `{endpoint}/results?region=…&survey=…`: the results route beside the receiver. */
export function resultsUrl(endpoint: string, region: string, survey: string): string {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/results`;
  url.search = '';
  url.hash = '';
  url.searchParams.set('region', region);
  url.searchParams.set('survey', survey);
  return url.href;
}

export async function loadSurveyResults(url: string, signal?: AbortSignal): Promise<SurveyResults> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit', ...(signal ? { signal } : {}) });
  if (!response.ok) throw new Error(`survey results: HTTP ${response.status}`);
  const parsed = SurveyResults.safeParse(await response.json());
  if (!parsed.success) throw new Error('survey results: not in the expected shape');
  return parsed.data;
}
