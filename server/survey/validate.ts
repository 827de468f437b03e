/**
 * The body of `POST /api/survey` and its answers, checked against the
 * questions of the region file with the rules the widget uses
 * (src/data/survey.ts). Errors name the question and the rule, never the
 * submitted value.
 */
import * as z from 'zod/mini';
import { createHash } from 'node:crypto';
import { ApiError, type Text } from '../errors.js';
import { MSG } from '../messages.js';
import { isUuid, requireObject } from '../feedback/validate.js';
import type { Survey } from '../../src/data/schema.js';
import { checkAnswers, SURVEY_OTHER_MAX, SURVEY_TEXT_MAX, type AnswerProblemKind, type Answers } from '../../src/data/survey.js';

const SurveyBody = z.object({
  id: z.string().check(z.trim(), z.refine(isUuid)),
  region: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  surveyId: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  answers: z.record(z.string(), z.unknown()),
  website: z.optional(z.nullable(z.string())),
});

const FIELD_RULES: Record<string, Text> = {
  id: { cs: 'povinné, UUID vytvořené formulářem', en: 'required, a UUID made by the form' },
  region: { cs: 'povinné, id regionu', en: 'required, the region id' },
  surveyId: { cs: 'povinné, id ankety', en: 'required, the survey id' },
  answers: { cs: 'povinné, objekt { "idOtázky": odpověď }', en: 'required, an object { "questionId": answer }' },
  website: { cs: 'nepovinné, text', en: 'optional text' },
};

const ANSWER_RULES: Record<AnswerProblemKind, Text> = {
  required: { cs: 'povinná otázka bez odpovědi', en: 'a required question without an answer' },
  invalid: { cs: 'odpověď má být text', en: 'the answer must be text' },
  'unknown-question': { cs: 'taková otázka v anketě není', en: 'no such question in the survey' },
  'unknown-option': { cs: 'taková možnost u otázky není', en: 'no such option for this question' },
  'not-a-number': { cs: 'odpověď má být číslo', en: 'the answer must be a number' },
  'not-whole': { cs: 'odpověď má být celé číslo', en: 'the answer must be a whole number' },
  range: { cs: 'číslo mimo rozsah otázky', en: 'the number is outside the question\'s range' },
  'too-long': {
    cs: `text je delší než ${SURVEY_TEXT_MAX} znaků (u „Jiné" ${SURVEY_OTHER_MAX})`,
    en: `the text is over ${SURVEY_TEXT_MAX} characters (${SURVEY_OTHER_MAX} for "other")`,
  },
  'other-text': { cs: 'u možnosti „Jiné" chybí text', en: 'the "other" option needs its text' },
};

export interface SurveyInput {
  id: string;
  region: string;
  surveyId: string;
  /** As sent; checked against the questions by `checkSurveyAnswers`. */
  answers: Record<string, unknown>;
  honeypot: boolean;
}

function invalid(fields: readonly string[], rule: (field: string, lang: keyof Text) => string): ApiError {
  const list = (lang: keyof Text) => fields.map((f) => `${f} (${rule(f, lang)})`).join('; ');
  return new ApiError(400, 'invalid', MSG.invalidFields({ cs: list('cs'), en: list('en') }), { fields });
}

/** Validates the envelope; throws a 400 ApiError naming the fields. */
export function parseSurveyBody(body: unknown): SurveyInput {
  const result = SurveyBody.safeParse(requireObject(body));
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? 'body')))];
    throw invalid(fields, (f, lang) => (FIELD_RULES[f] ?? { cs: 'neplatné', en: 'invalid' })[lang]);
  }
  const b = result.data;
  return {
    id: b.id.toLowerCase(),
    region: b.region,
    surveyId: b.surveyId,
    answers: b.answers,
    honeypot: typeof b.website === 'string' && b.website.trim() !== '',
  };
}

/** The normalized answers of the questions asked; a 400 naming each wrong answer (`answers.<id>`). */
export function checkSurveyAnswers(survey: Survey, answers: Record<string, unknown>): Answers {
  const checked = checkAnswers(survey, answers);
  if (checked.problems.length === 0) return checked.answers;
  const kinds = new Map(checked.problems.map((p) => [`answers.${p.question}`, p.kind]));
  throw invalid([...kinds.keys()], (f, lang) => ANSWER_RULES[kinds.get(f)!][lang]);
}

/** Hash of what was answered: the idempotency comparison ("the same body"). */
export function surveyFingerprint(region: string, surveyId: string, answers: Answers): string {
  const canonical = JSON.stringify([region, surveyId, Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  return createHash('sha256').update(canonical).digest('base64url');
}
