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

export const SCHEMA_VERSION = 1;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_OR_DATETIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;
export const CODE = /^[a-z0-9-]+$/;

export const text = () => v.string({ trim: true, minLength: 1 });
export const optText = () => v.optional(v.string());
/** A URL is kept as text; only http(s) URLs ever become links (see urls.ts). */
export const url = () => v.string();
/**
 * The day of a date or date-time (once the pattern matched) is in its month:
 * not 30 February, 31 April or 29 February 2027. The same rule as the
 * meetings' time code (event-time.ts), so the widgets and the command line agree.
 */
const realDay = (text: string) => +text.slice(8, 10) <= daysInMonth(+text.slice(0, 4), +text.slice(5, 7));
/** The days of a month (1–12). */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const isoDate = () => v.string({ pattern: DATE, check: realDay });
export const isoDateTime = () => v.string({ pattern: DATE_OR_DATETIME, check: realDay });
export const lat = () => v.number({ minimum: -90, maximum: 90 });
export const lng = () => v.number({ minimum: -180, maximum: 180 });

export const LatLng = v.object({ lat: lat(), lng: lng() });

export const Place = v.object({
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

export const Link = v.object({ title: text(), url: url() });

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

/** The GDPR art. 13 notice a sending widget shows (the plan's form, the survey). */
export const Privacy = v.object({
  controller: optText(),
  contact: optText(),
  purpose: optText(),
  retention: optText(),
  url: v.optional(url()),
});

/** The file's top level over given schemas of its parts (service-, event-, plan-, survey- and participation-schema.ts). */
export const topLevel = <S extends v.Schema, E extends v.Schema, P extends v.Schema, Q extends v.Schema, R extends v.Schema>(
  services: S,
  events: E,
  plan: P,
  survey: Q,
  participation: R,
) =>
  v.object({
    $schema: v.optional(v.string()),
    schemaVersion: v.literal(SCHEMA_VERSION),
    region: RegionInfo,
    services: v.array(services),
    events: v.optional(v.array(events)),
    plan: v.optional(plan),
    survey: v.optional(survey),
    participation: v.optional(participation),
  });

/** The frame of a file: its parts are checked by whoever shows them, records one by one so a bad one is only skipped. */
export const RegionFrame = topLevel(v.unknown(), v.unknown(), v.unknown(), v.unknown(), v.unknown());

export type RegionInfo = v.Infer<typeof RegionInfo>;
export type Coordinator = v.Infer<typeof Coordinator>;
export type Place = v.Infer<typeof Place>;
export type Privacy = v.Infer<typeof Privacy>;
export type { Service } from './service-schema.js';
export type { PlanEvent } from './event-schema.js';
export type { Plan } from './plan-schema.js';
export type { QuestionType, Survey, SurveyQuestion } from './survey-schema.js';
export type { Participation, ParticipationDocument, ParticipationPhase } from './participation-schema.js';
export type { RegionFile } from './region-file.js';
