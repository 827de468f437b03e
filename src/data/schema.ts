/**
 * The region data contract (docs/region-data.md, schema version 1)
 * as one schema in code. The TypeScript types, the runtime validation of the
 * widgets and the CLI, and schema/region.schema.json all come from here.
 *
 * Built with our own small schema builder (shape.ts), not a library: the
 * same checks and problems, a fraction of the bytes in the script that every
 * town page loads, and a few microseconds a record.
 */
import * as v from './shape.js';
import { AGE_GROUP_CODES, EVENT_TYPE_CODES, FORM_CODES, KIND_CODES, TARGET_GROUP_CODES } from './codes.js';
import { choiceIds } from './survey-ids.js';

export const SCHEMA_VERSION = 1;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_OR_DATETIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;
const CODE = /^[a-z0-9-]+$/;

const text = () => v.string({ trim: true, minLength: 1 });
const optText = () => v.optional(v.string());
/** A URL is kept as text; only http(s) URLs ever become links (see urls.ts). */
const url = () => v.string();
const isoDate = () => v.string({ pattern: DATE });
const isoDateTime = () => v.string({ pattern: DATE_OR_DATETIME });
const lat = () => v.number({ minimum: -90, maximum: 90 });
const lng = () => v.number({ minimum: -180, maximum: 180 });

export const LatLng = v.object({ lat: lat(), lng: lng() });

const Place = v.object({
  name: optText(),
  address: optText(),
  lat: v.optional(lat()),
  lng: v.optional(lng()),
});

export const Coordinator = v.object({
  name: optText(),
  organization: optText(),
  email: optText(),
  phone: optText(),
});

const Link = v.object({ title: text(), url: url() });

export const RegionInfo = v.object({
  id: v.string({ pattern: CODE }),
  name: text(),
  area: optText(),
  note: optText(),
  municipalities: v.optional(v.array(text())),
  center: v.optional(LatLng),
  zoom: v.optional(v.number({ minimum: 1, maximum: 19 })),
  coordinator: v.optional(Coordinator),
  links: v.optional(v.array(Link)),
  updated: v.optional(isoDate()),
});

export const Service = v.object(
  {
    id: text(),
    registryId: optText(),
    name: text(),
    provider: v.object({ name: text(), ico: optText(), web: v.optional(url()) }),
    kind: v.picklist(KIND_CODES),
    forms: v.optional(v.array(v.picklist(FORM_CODES))),
    targetGroups: v.optional(v.array(v.picklist(TARGET_GROUP_CODES))),
    ageGroups: v.optional(v.array(v.picklist(AGE_GROUP_CODES))),
    description: optText(),
    locations: v.optional(v.array(Place)),
    areaServed: v.optional(v.array(text())),
    contact: v.optional(
      v.object({
        phones: v.optional(v.array(v.string())),
        emails: v.optional(v.array(v.string())),
        web: v.optional(url()),
      }),
    ),
    hours: optText(),
    capacity: optText(),
    fees: optText(),
    updated: v.optional(isoDate()),
  },
  (service, issue) => {
    // The contract: forms are required for registered kinds.
    if (service.kind !== 'navazna-sluzba' && !service.forms?.length) issue('forms-required', ['forms'], service.forms);
  },
);

export const PlanEvent = v.object({
  id: text(),
  title: text(),
  type: v.picklist(EVENT_TYPE_CODES),
  start: isoDateTime(),
  end: v.optional(isoDateTime()),
  location: v.optional(Place),
  online: v.optional(url()),
  description: optText(),
  documents: v.optional(v.array(Link)),
  registrationUrl: v.optional(url()),
  cancelled: v.optional(v.boolean()),
});

/** The GDPR art. 13 notice a sending widget shows (the plan's form, the survey). */
export const Privacy = v.object({
  controller: optText(),
  contact: optText(),
  purpose: optText(),
  retention: optText(),
  url: v.optional(url()),
});

const Measure = v.object({ id: text(), title: text() });
export const Plan = v.object({
  id: text(),
  title: text(),
  documentUrl: v.optional(url()),
  commenting: v.optional(v.object({ from: isoDate(), until: isoDate(), endpoint: v.optional(url()) })),
  privacy: v.optional(Privacy),
  sections: v.optional(v.array(v.object({ id: text(), title: text(), measures: v.optional(v.array(Measure)) }))),
});

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
      if (ids.has(o.id) || (q.other && o.id === 'other')) issue('duplicate-id', ['options', i, 'id'], o.id);
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

const topLevel = <S extends v.Schema, E extends v.Schema>(services: S, events: E) =>
  v.object({
    $schema: v.optional(v.string()),
    schemaVersion: v.literal(SCHEMA_VERSION),
    region: RegionInfo,
    services: v.array(services),
    events: v.optional(v.array(events)),
    plan: v.optional(Plan),
    survey: v.optional(Survey),
  });

/** The whole file, for the JSON Schema and for strict checks. */
export const RegionFile = topLevel(Service, PlanEvent);
/** The frame of a file; records are checked one by one so a bad one is only skipped. */
export const RegionFrame = topLevel(v.unknown(), v.unknown());

export type RegionInfo = v.Infer<typeof RegionInfo>;
export type Coordinator = v.Infer<typeof Coordinator>;
export type Service = v.Infer<typeof Service>;
export type PlanEvent = v.Infer<typeof PlanEvent>;
export type Plan = v.Infer<typeof Plan>;
export type Place = v.Infer<typeof Place>;
export type Privacy = v.Infer<typeof Privacy>;
export type Survey = v.Infer<typeof Survey>;
export type SurveyQuestion = v.Infer<typeof SurveyQuestion>;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type RegionFile = v.Infer<typeof RegionFile>;
