/**
 * A survey's responses as CSV for a spreadsheet (the same Czech Excel format
 * as the settlement table, server/feedback/csv.ts): one row per response,
 * one column per question (and one for each "other" text), options as their
 * labels, several chosen options joined with ", ". Answers to questions no
 * longer in the region file keep a column of their own at the end.
 */
import type { Survey, SurveyQuestion } from '../../src/data/schema.js';
import { OTHER, otherKey, type AnswerValue } from '../../src/data/survey.js';
import type { StoredSurveyResponse } from '../store/surveys.js';
import { excelCsv, pragueTime } from '../feedback/csv.js';

const YES_NO: Record<string, string> = { yes: 'ano', no: 'ne' };

function labelOf(q: SurveyQuestion, id: string): string {
  if (q.type === 'yesno') return YES_NO[id] ?? id;
  if (id === OTHER) return 'jiné';
  return q.options?.find((o) => o.id === id)?.label ?? id;
}

function cell(q: SurveyQuestion | undefined, value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (!q) return Array.isArray(value) ? value.join(', ') : String(value);
  if (Array.isArray(value)) return value.map((id) => labelOf(q, id)).join(', ');
  return q.type === 'text' ? (value as string) : labelOf(q, value as string);
}

export function surveyCsv(survey: Survey, responses: readonly StoredSurveyResponse[]): string {
  const columns: { header: string; key: string; q?: SurveyQuestion }[] = [];
  survey.questions.forEach((q, i) => {
    columns.push({ header: `${i + 1}. ${q.text}`, key: q.id, q });
    if (q.other) columns.push({ header: `${i + 1}. ${q.text} – jiné (text)`, key: otherKey(q.id) });
  });
  const known = new Set(columns.map((c) => c.key));
  for (const key of new Set(responses.flatMap((r) => Object.keys(r.answers)))) {
    if (!known.has(key)) columns.push({ header: key, key });
  }
  const rows = responses.map((r) => [String(r.number), pragueTime(r.receivedAt), ...columns.map((c) => cell(c.q, r.answers[c.key]))]);
  return excelCsv(['Číslo', 'Přijato', ...columns.map((c) => c.header)], rows);
}
