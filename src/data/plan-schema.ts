/**
 * The rules of the region file's draft plan (docs/region.md). Apart from schema.ts,
 * so only the widgets that show them download them: the widget registers
 * them with the loader (read-region.ts, `registerPart`), and
 * `parseRegionData` and the command line check the whole file.
 */
import * as v from './shape.js';
import { isoDate, optText, Privacy, text, url } from './schema.js';
import { whole, type PartCheck } from './read-region.js';

/** A paragraph of the plan's text: plain text (never HTML), with an id that stays when the text is edited, so a comment keeps pointing at it. */
const Paragraph = v.object({ id: text(), text: text() });
const paragraphs = () => v.optional(v.array(Paragraph));
const Measure = v.object({
  id: text(),
  title: text(),
  paragraphs: paragraphs(),
  /** What the measure is to achieve, who carries it out, from what money, and when: as the region states them. */
  goal: optText(),
  responsible: optText(),
  funding: optText(),
  timeline: optText(),
});
export const Plan = v.object(
  {
  id: text(),
  title: text(),
  documentUrl: v.optional(url()),
  /** The public page with the settlement table (`<kpss-settlement>`): linked from the mails to residents. */
  settlementUrl: v.optional(url()),
  /** When the settlement is expected to be published (inclusive date): told to residents. */
  settlementBy: v.optional(isoDate()),
  commenting: v.optional(v.object({ from: isoDate(), until: isoDate(), endpoint: v.optional(url()) })),
  privacy: v.optional(Privacy),
  sections: v.optional(v.array(v.object({ id: text(), title: text(), paragraphs: paragraphs(), measures: v.optional(v.array(Measure)) }))),
  },
  (plan, issue) => {
    // A comment names its paragraph by id: unique among the paragraphs and apart from the section and measure ids
    // (which files from before paragraphs may repeat, so they are not checked here).
    const places = new Set<string>();
    for (const section of plan.sections ?? []) {
      places.add(section.id);
      for (const measure of section.measures ?? []) places.add(measure.id);
    }
    const seen = new Set<string>();
    const once = (p: { id: string }, path: readonly PropertyKey[]) => {
      if (seen.has(p.id) || places.has(p.id)) issue('duplicate-id', [...path, 'id'], p.id);
      seen.add(p.id);
    };
    plan.sections?.forEach((section, i) => {
      section.paragraphs?.forEach((p, j) => once(p, ['sections', i, 'paragraphs', j]));
      section.measures?.forEach((measure, j) => measure.paragraphs?.forEach((p, k) => once(p, ['sections', i, 'measures', j, 'paragraphs', k])));
    });
  },
);

export type Plan = v.Infer<typeof Plan>;

/** The plan's rules for the loader (the comment form and the settlement register them): a bad plan is dropped. */
export const checkPlan: PartCheck<'plan'> = (input, warnings) => whole(Plan, input, 'plan', warnings);
