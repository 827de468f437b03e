/**
 * The rules of the region file's draft plan (docs/region.md). Apart from schema.ts,
 * so only the widgets that show them download them: the widget registers
 * them with the loader (read-region.ts, `registerPart`), and
 * `parseRegionData` and the command line check the whole file.
 */
import * as v from './shape.js';
import { isoDate, Privacy, text, url } from './schema.js';
import { whole, type PartCheck } from './read-region.js';

const Measure = v.object({ id: text(), title: text() });
export const Plan = v.object({
  id: text(),
  title: text(),
  documentUrl: v.optional(url()),
  /** The public page with the settlement table (`<kpss-settlement>`): linked from the mails to residents. */
  settlementUrl: v.optional(url()),
  /** When the settlement is expected to be published (inclusive date): told to residents. */
  settlementBy: v.optional(isoDate()),
  commenting: v.optional(v.object({ from: isoDate(), until: isoDate(), endpoint: v.optional(url()) })),
  privacy: v.optional(Privacy),
  sections: v.optional(v.array(v.object({ id: text(), title: text(), measures: v.optional(v.array(Measure)) }))),
});

export type Plan = v.Infer<typeof Plan>;

/** The plan's rules for the loader (the comment form and the settlement register them): a bad plan is dropped. */
export const checkPlan: PartCheck<'plan'> = (input, warnings) => whole(Plan, input, 'plan', warnings);
