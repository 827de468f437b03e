/** The whole region file as one schema: for the JSON Schema (json-schema.ts) and the command line's strict checks. */
import type * as v from './shape.js';
import { topLevel } from './schema.js';
import { Service } from './service-schema.js';
import { PlanEvent } from './event-schema.js';
import { Plan } from './plan-schema.js';
import { Survey } from './survey-schema.js';
import { Participation } from './participation-schema.js';

export const RegionFile = topLevel(Service, PlanEvent, Plan, Survey, Participation);
export type RegionFile = v.Infer<typeof RegionFile>;
