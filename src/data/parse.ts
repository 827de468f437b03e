/**
 * Reads a region file, every part checked at once (read-region.ts has the
 * frame and the parts' registry; each part's rules are in its schema file).
 * The command line, the server and apps that use the package call this; the
 * widgets' loader checks only the parts the page's widgets show.
 */
import { readRegion, registerPart, type RegionData } from './read-region.js';
import { checkServices } from './service-schema.js';
import { checkEvents } from './event-schema.js';
import { checkPlan } from './plan-schema.js';
import { checkSurvey } from './survey-schema.js';
import { checkParticipation } from './participation-schema.js';

export { RegionDataError, type RegionData, type RegionErrorKind } from './read-region.js';

/** Registers the rules of every part, for code that reads `loadRegion`'s data without the widgets (the widgets register their own). */
export function registerAllParts(): void {
  registerPart('services', checkServices);
  registerPart('events', checkEvents);
  registerPart('plan', checkPlan);
  registerPart('survey', checkSurvey);
  registerPart('participation', checkParticipation);
}

/** Validates parsed JSON, every part of it. Throws RegionDataError when the file as a whole is unusable. */
export function parseRegionData(json: unknown): RegionData {
  registerAllParts();
  const data = readRegion(json);
  const { schemaVersion, region, services, events, plan, survey, participation } = data;
  return {
    schemaVersion,
    region,
    services,
    events,
    ...(plan ? { plan } : {}),
    ...(survey ? { survey } : {}),
    ...(participation ? { participation } : {}),
    warnings: data.warnings,
  };
}
