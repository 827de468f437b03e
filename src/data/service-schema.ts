/**
 * The rules of the region file's services (docs/region.md). Apart from schema.ts,
 * so only the widgets that show them download them: the widget registers
 * them with the loader (read-region.ts, `registerPart`), and
 * `parseRegionData` and the command line check the whole file.
 */
import * as v from './shape.js';
import { AGE_GROUP_CODES, FORM_CODES, KIND_CODES, TARGET_GROUP_CODES } from './codes.js';
import { isoDate, optText, Place, text, url } from './schema.js';
import { records, type PartCheck } from './read-region.js';

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

export type Service = v.Infer<typeof Service>;

/** The services' rules for the loader (the catalogue registers them): each service on its own. */
export const checkServices: PartCheck<'services'> = (input, warnings) => records(Service, input as unknown[], 'services', warnings);
