/** The whole region file as one schema: for the JSON Schema (json-schema.ts) and the command line's strict checks. */
import type * as v from './shape.js';
import { PlanEvent, Service, topLevel } from './schema.js';
import { Survey } from './survey-schema.js';

export const RegionFile = topLevel(Service, PlanEvent, Survey);
export type RegionFile = v.Infer<typeof RegionFile>;
