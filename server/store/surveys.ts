/**
 * Survey responses in SQLite: the same durable, idempotent insert as comments
 * (submissions.ts, in the group commit) on the `survey_responses` table.
 */
import type { Database } from 'better-sqlite3';
import type { Answers } from '../../src/data/survey.js';
import type { GroupCommit } from './group-commit.js';
import { outcomeOf, submissionWriter, type SubmitOutcome } from './submissions.js';

/** A response as validated and normalized by the route, ready to store. */
export interface NewSurveyResponse {
  id: string;
  fingerprint: string;
  receivedAt: string;
  region: string;
  surveyId: string;
  answers: Answers;
}

export interface StoredSurveyResponse {
  id: string;
  /** 1, 2, 3 … per region and survey, in the order they were stored. */
  number: number;
  receivedAt: string;
  region: string;
  surveyId: string;
  answers: Answers;
}

export interface SurveyStore {
  /** Stores a new response durably; resolves only after the commit. */
  submitResponse(response: NewSurveyResponse): Promise<SubmitOutcome>;
  /** The outcome a response would have if the id is already stored, else undefined. */
  checkRepeat(id: string, fingerprint: string): Promise<SubmitOutcome | undefined>;
  /** Oldest first. */
  listResponses(region: string, surveyId: string): Promise<StoredSurveyResponse[]>;
  /** How many responses a survey has (cheap: results are recounted only when it changes). */
  countResponses(region: string, surveyId: string): Promise<number>;
}

interface Row extends Omit<StoredSurveyResponse, 'answers'> {
  answers: string;
}

export function openSurveyStore(db: Database, writer: GroupCommit): SurveyStore {
  const responses = submissionWriter(db, writer, {
    table: 'survey_responses',
    columns: {
      region: '@region',
      survey_id: '@surveyId',
      // Numbered inside the transaction, so concurrent responses never share a number.
      number: '(SELECT COALESCE(MAX(number), 0) + 1 FROM survey_responses WHERE region = @region AND survey_id = @surveyId)',
      answers: '@answers',
    },
  });
  const list = db.prepare(
    `SELECT id, number, received_at AS receivedAt, region, survey_id AS surveyId, answers
     FROM survey_responses WHERE region = ? AND survey_id = ? ORDER BY number`,
  );
  const count = db.prepare('SELECT COUNT(*) FROM survey_responses WHERE region = ? AND survey_id = ?').pluck();

  return {
    async submitResponse(response) {
      return responses.insert({ ...response, answers: JSON.stringify(response.answers) });
    },
    async checkRepeat(id, fingerprint) {
      const previous = responses.receipt(id);
      return previous && outcomeOf(id, fingerprint, previous);
    },
    async listResponses(region, surveyId) {
      return (list.all(region, surveyId) as Row[]).map((row) => ({ ...row, answers: JSON.parse(row.answers) as Answers }));
    },
    async countResponses(region, surveyId) {
      return count.get(region, surveyId) as number;
    },
  };
}
