/**
 * The survey's rules: its questions and their answers (docs/region.md,
 * "survey"). Apart from schema.ts, so only the survey widget downloads them:
 * it registers them with the loader (read-region.ts, `registerPart`), and
 * `parseRegionData` and the command line check the whole file.
 */
import * as v from './shape.js';
import { CODE, isoDate, optText, Privacy, text, url } from './schema.js';
import { choiceIds } from './survey-ids.js';
import { RESULTS_MIN_FLOOR } from './survey.js';
import { whole, type PartCheck } from './read-region.js';

export const QUESTION_TYPES = ['single', 'multiple', 'scale', 'text', 'number', 'yesno'] as const;
/** Question and option ids end up in answer keys such as `q3.other`: no dots. */
const answerId = () => v.string({ pattern: /^[A-Za-z0-9_-]+$/ });
const choiceValue = () => v.union([v.string(), v.number()]);

export const SurveyQuestion = v.object(
  {
    id: answerId(),
    type: v.picklist(QUESTION_TYPES),
    text: text(),
    help: optText(),
    required: v.optional(v.boolean()),
    /** single, multiple: the choices (at least two). */
    options: v.optional(v.array(v.object({ id: answerId(), label: text() }), { minLength: 2 })),
    /** single, multiple: adds "Other" with a text box (answer id `other`, text in `<id>.other`). */
    other: v.optional(v.boolean()),
    /** scale: whole numbers from min to max (at most 11 steps), with labels for the ends. */
    scale: v.optional(v.object({ min: v.int(), max: v.int(), minLabel: optText(), maxLabel: optText() })),
    /** number: the allowed range of the whole number, and its unit ("let", "km"). */
    min: v.optional(v.int()),
    max: v.optional(v.int()),
    unit: optText(),
    /** Asked only when an earlier question's answer is (one of) `equals`. */
    showIf: v.optional(v.object({ question: answerId(), equals: v.union([choiceValue(), v.array(choiceValue())]) })),
  },
  (q, issue) => {
    if ((q.type === 'single' || q.type === 'multiple') && !q.options) issue('survey-options-required', ['options'], q.options);
    const ids = new Set<string>();
    q.options?.forEach((o, i) => {
      // "other-text" is the id of the "Other" text field (question.ts): an option may not take it.
      if (ids.has(o.id) || (q.other && o.id === 'other') || o.id === 'other-text') issue('duplicate-id', ['options', i, 'id'], o.id);
      ids.add(o.id);
    });
    if (q.type === 'scale' && (!q.scale || q.scale.max <= q.scale.min || q.scale.max - q.scale.min > 10)) issue('survey-scale', ['scale'], q.scale);
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) issue('survey-range', ['min'], q.min);
  },
);

/** A condition's values must be answers the named question can have. */
function conditionFits(target: v.Infer<typeof SurveyQuestion>, equals: string | number | (string | number)[]): boolean {
  const values = Array.isArray(equals) ? equals : [equals];
  if (target.type === 'text') return false;
  if (target.type === 'scale' || target.type === 'number') return values.every((x) => typeof x === 'number');
  const ids = choiceIds(target);
  return values.every((x) => typeof x === 'string' && ids.includes(x));
}

export const Survey = v.object(
  {
    id: v.string({ pattern: CODE }),
    title: text(),
    intro: optText(),
    /** Inclusive dates, Europe/Prague. */
    from: isoDate(),
    until: isoDate(),
    /** Where answers are POSTed (the element's endpoint attribute overrides). */
    endpoint: v.optional(url()),
    privacy: v.optional(Privacy),
    /** After sending, residents see the results so far (and the server publishes them). */
    showResults: v.optional(v.boolean()),
    /** The results show figures only from this many responses (default 10, at least 5); before, only their number. */
    resultsMinResponses: v.optional(v.int({ minimum: RESULTS_MIN_FLOOR })),
    questions: v.array(SurveyQuestion, { minLength: 1 }),
  },
  (survey, issue) => {
    const seen = new Map<string, v.Infer<typeof SurveyQuestion>>();
    survey.questions.forEach((q, i) => {
      if (seen.has(q.id)) issue('duplicate-id', ['questions', i, 'id'], q.id);
      const target = q.showIf && seen.get(q.showIf.question);
      if (q.showIf && (!target || !conditionFits(target, q.showIf.equals))) {
        // A condition looks back only, so answering never hides the question being answered.
        issue('survey-show-if', ['questions', i, 'showIf', 'question'], q.showIf.question);
      }
      seen.set(q.id, q);
    });
  },
);

export type Survey = v.Infer<typeof Survey>;
export type SurveyQuestion = v.Infer<typeof SurveyQuestion>;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The survey's rules for the loader (the survey widget registers them): a bad survey is dropped. */
export const checkSurvey: PartCheck<'survey'> = (input, warnings) => whole(Survey, input, 'survey', warnings);
