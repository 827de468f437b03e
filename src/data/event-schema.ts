/**
 * The rules of the region file's meetings (events) (docs/region.md). Apart from schema.ts,
 * so only the widgets that show them download them: the widget registers
 * them with the loader (read-region.ts, `registerPart`), and
 * `parseRegionData` and the command line check the whole file.
 */
import * as v from './shape.js';
import { EVENT_TYPE_CODES } from './codes.js';
import { isoDateTime, Link, optText, Place, text, url } from './schema.js';
import { records, type PartCheck } from './read-region.js';

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

export type PlanEvent = v.Infer<typeof PlanEvent>;

/** The meetings' rules for the loader (the events widget registers them): each meeting on its own. */
export const checkEvents: PartCheck<'events'> = (input, warnings) => records(PlanEvent, (input ?? []) as unknown[], 'events', warnings);
