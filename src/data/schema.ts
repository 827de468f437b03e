/**
 * The region data contract (docs/region-data.md, schema version 1)
 * as one schema in code. The TypeScript types, the runtime validation of the
 * widgets and the CLI, and schema/region.schema.json all come from here.
 *
 * zod/mini rather than classic zod: the same validator and JSON Schema output,
 * a fraction of the bytes in the script-tag bundle.
 */
import * as z from 'zod/mini';
import { AGE_GROUP_CODES, EVENT_TYPE_CODES, FORM_CODES, KIND_CODES, TARGET_GROUP_CODES } from './codes.js';
import { choiceIds } from './survey.js';

export const SCHEMA_VERSION = 1;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_OR_DATETIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

const text = () => z.string().check(z.trim(), z.minLength(1));
const optText = () => z.optional(z.string());
/** A URL is kept as text; only http(s) URLs ever become links (see urls.ts). */
const url = () => z.string();
const isoDate = () => z.string().check(z.regex(DATE));
const isoDateTime = () => z.string().check(z.regex(DATE_OR_DATETIME));

export const LatLng = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});

const Place = z.object({
  name: optText(),
  address: optText(),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lng: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});

export const Coordinator = z.object({
  name: optText(),
  organization: optText(),
  email: optText(),
  phone: optText(),
});

const Link = z.object({ title: text(), url: url() });

export const RegionInfo = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: text(),
  area: optText(),
  note: optText(),
  municipalities: z.optional(z.array(text())),
  center: z.optional(LatLng),
  zoom: z.optional(z.number().check(z.gte(1), z.lte(19))),
  coordinator: z.optional(Coordinator),
  links: z.optional(z.array(Link)),
  updated: z.optional(isoDate()),
});

export const Service = z
  .object({
    id: text(),
    registryId: optText(),
    name: text(),
    provider: z.object({ name: text(), ico: optText(), web: z.optional(url()) }),
    kind: z.enum(KIND_CODES),
    forms: z.optional(z.array(z.enum(FORM_CODES))),
    targetGroups: z.optional(z.array(z.enum(TARGET_GROUP_CODES))),
    ageGroups: z.optional(z.array(z.enum(AGE_GROUP_CODES))),
    description: optText(),
    locations: z.optional(z.array(Place)),
    areaServed: z.optional(z.array(text())),
    contact: z.optional(
      z.object({
        phones: z.optional(z.array(z.string())),
        emails: z.optional(z.array(z.string())),
        web: z.optional(url()),
      }),
    ),
    hours: optText(),
    capacity: optText(),
    fees: optText(),
    updated: z.optional(isoDate()),
  })
  .check((ctx) => {
    // The contract: forms are required for registered kinds.
    if (ctx.value.kind !== 'navazna-sluzba' && !ctx.value.forms?.length) {
      ctx.issues.push({ code: 'custom', message: 'forms-required', input: ctx.value.forms, path: ['forms'] });
    }
  });

export const PlanEvent = z.object({
  id: text(),
  title: text(),
  type: z.enum(EVENT_TYPE_CODES),
  start: isoDateTime(),
  end: z.optional(isoDateTime()),
  location: z.optional(Place),
  online: z.optional(url()),
  description: optText(),
  documents: z.optional(z.array(Link)),
  registrationUrl: z.optional(url()),
  cancelled: z.optional(z.boolean()),
});

/** The GDPR art. 13 notice a sending widget shows (the plan's form, the survey). */
export const Privacy = z.object({
  controller: optText(),
  contact: optText(),
  purpose: optText(),
  retention: optText(),
  url: z.optional(url()),
});

const Measure = z.object({ id: text(), title: text() });
export const Plan = z.object({
  id: text(),
  title: text(),
  documentUrl: z.optional(url()),
  commenting: z.optional(
    z.object({ from: isoDate(), until: isoDate(), endpoint: z.optional(url()) }),
  ),
  privacy: z.optional(Privacy),
  sections: z.optional(z.array(z.object({ id: text(), title: text(), measures: z.optional(z.array(Measure)) }))),
});

export const QUESTION_TYPES = ['single', 'multiple', 'scale', 'text', 'number', 'yesno'] as const;
/** Question and option ids end up in answer keys such as `q3.other`: no dots. */
const answerId = () => z.string().check(z.regex(/^[A-Za-z0-9_-]+$/));
const choiceValue = () => z.union([z.string(), z.number()]);

export const SurveyQuestion = z
  .object({
    id: answerId(),
    type: z.enum(QUESTION_TYPES),
    text: text(),
    help: optText(),
    required: z.optional(z.boolean()),
    /** single, multiple: the choices (at least two). */
    options: z.optional(z.array(z.object({ id: answerId(), label: text() })).check(z.minLength(2))),
    /** single, multiple: adds "Other" with a text box (answer id `other`, text in `<id>.other`). */
    other: z.optional(z.boolean()),
    /** scale: whole numbers from min to max (at most 11 steps), with labels for the ends. */
    scale: z.optional(z.object({ min: z.int(), max: z.int(), minLabel: optText(), maxLabel: optText() })),
    /** number: the allowed range of the whole number, and its unit ("let", "km"). */
    min: z.optional(z.int()),
    max: z.optional(z.int()),
    unit: optText(),
    /** Asked only when an earlier question's answer is (one of) `equals`. */
    showIf: z.optional(z.object({ question: answerId(), equals: z.union([choiceValue(), z.array(choiceValue())]) })),
  })
  .check((ctx) => {
    const q = ctx.value;
    const issue = (message: string, path: PropertyKey[], input: unknown) => ctx.issues.push({ code: 'custom', message, input, path });
    if ((q.type === 'single' || q.type === 'multiple') && !q.options) issue('survey-options-required', ['options'], q.options);
    const ids = new Set<string>();
    q.options?.forEach((o, i) => {
      if (ids.has(o.id) || (q.other && o.id === 'other')) issue('duplicate-id', ['options', i, 'id'], o.id);
      ids.add(o.id);
    });
    if (q.type === 'scale' && (!q.scale || q.scale.max <= q.scale.min || q.scale.max - q.scale.min > 10)) issue('survey-scale', ['scale'], q.scale);
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) issue('survey-range', ['min'], q.min);
  });

/** A condition's values must be answers the named question can have. */
function conditionFits(target: z.infer<typeof SurveyQuestion>, equals: string | number | (string | number)[]): boolean {
  const values = Array.isArray(equals) ? equals : [equals];
  if (target.type === 'text') return false;
  if (target.type === 'scale' || target.type === 'number') return values.every((v) => typeof v === 'number');
  const ids = choiceIds(target);
  return values.every((v) => typeof v === 'string' && ids.includes(v));
}

export const Survey = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    title: text(),
    intro: optText(),
    /** Inclusive dates, Europe/Prague. */
    from: isoDate(),
    until: isoDate(),
    /** Where answers are POSTed (the element's endpoint attribute overrides). */
    endpoint: z.optional(url()),
    privacy: z.optional(Privacy),
    /** After sending, residents see the results so far (and the server publishes them). */
    showResults: z.optional(z.boolean()),
    questions: z.array(SurveyQuestion).check(z.minLength(1)),
  })
  .check((ctx) => {
    const seen = new Map<string, z.infer<typeof SurveyQuestion>>();
    ctx.value.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.issues.push({ code: 'custom', message: 'duplicate-id', input: q.id, path: ['questions', i, 'id'] });
      const target = q.showIf && seen.get(q.showIf.question);
      if (q.showIf && (!target || !conditionFits(target, q.showIf.equals))) {
        // A condition looks back only, so answering never hides the question being answered.
        ctx.issues.push({ code: 'custom', message: 'survey-show-if', input: q.showIf.question, path: ['questions', i, 'showIf', 'question'] });
      }
      seen.set(q.id, q);
    });
  });

const topLevel = <S extends z.ZodMiniType, E extends z.ZodMiniType>(services: S, events: E) =>
  z.object({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(SCHEMA_VERSION),
    region: RegionInfo,
    services: z.array(services),
    events: z.optional(z.array(events)),
    plan: z.optional(Plan),
    survey: z.optional(Survey),
  });

/** The whole file, for the JSON Schema and for strict checks. */
export const RegionFile = topLevel(Service, PlanEvent);
/** The frame of a file; records are checked one by one so a bad one is only skipped. */
export const RegionFrame = topLevel(z.unknown(), z.unknown());

export type RegionInfo = z.infer<typeof RegionInfo>;
export type Coordinator = z.infer<typeof Coordinator>;
export type Service = z.infer<typeof Service>;
export type PlanEvent = z.infer<typeof PlanEvent>;
export type Plan = z.infer<typeof Plan>;
export type Place = z.infer<typeof Place>;
export type Privacy = z.infer<typeof Privacy>;
export type Survey = z.infer<typeof Survey>;
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type RegionFile = z.infer<typeof RegionFile>;
