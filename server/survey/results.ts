/**
 * Counting the responses of a survey for its public results: per option (and
 * "other") of choice and yes/no questions, per value of a scale with its
 * average, a summary (average, median, lowest, highest) of number questions,
 * and only how many answered a text question: what people wrote is never
 * published, nor any "other" text. Under the survey's minimum of responses
 * (`resultsMinResponses`, default 10, at least 5) the public results are the
 * number of responses only: with a handful, the figures are one person's answers.
 */
import type { Survey, SurveyQuestion } from '../../src/data/schema.js';
import { choiceIds, resultsMinimum, scaleSteps, type Answers } from '../../src/data/survey.js';
import type { QuestionResult, SurveyResults } from '../../src/data/survey-results.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function tally(q: SurveyQuestion, answers: readonly Answers[]): QuestionResult {
  const given = answers.map((a) => a[q.id]).filter((v) => v !== undefined);
  const result: QuestionResult = { id: q.id, answered: given.length };
  if (q.type === 'text') return result;
  if (q.type === 'number') {
    const values = given.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
    if (values.length === 0) return result;
    const sum = values.reduce((a, b) => a + b, 0);
    return { ...result, average: round2(sum / values.length), median: median(values), min: values[0]!, max: values[values.length - 1]! };
  }
  // Every option (or scale value) is listed, also with 0: a chart shows what nobody chose.
  const keys = q.type === 'scale' ? scaleSteps(q).map((step) => String(step.value)) : choiceIds(q);
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const value of given) {
    for (const key of Array.isArray(value) ? value : [String(value)]) {
      if (key in counts) counts[key]! += 1;
    }
  }
  if (q.type !== 'scale') return { ...result, counts };
  const numbers = given.filter((v): v is number => typeof v === 'number');
  const average = numbers.length ? round2(numbers.reduce((a, b) => a + b, 0) / numbers.length) : undefined;
  return { ...result, counts, ...(average !== undefined ? { average } : {}) };
}

export function tallyResults(region: string, survey: Survey, answers: readonly Answers[]): SurveyResults {
  const minResponses = resultsMinimum(survey);
  return { region, survey: survey.id, responses: answers.length, minResponses, questions: survey.questions.map((q) => tally(q, answers)) };
}

/** The public answer under the minimum: how many responded, no figure. */
export function withheldResults(region: string, survey: Survey, responses: number): SurveyResults {
  return { region, survey: survey.id, responses, minResponses: resultsMinimum(survey), questions: [] };
}
