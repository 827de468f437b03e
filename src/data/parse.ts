/**
 * Reads a region file, every part checked (read-region.ts has the rules of
 * the frame and the records; the survey's are in survey-schema.ts). The
 * command line, the server and apps that use the package call this; the
 * widgets' loader reads the file without the survey's rules.
 */
import { readRegion, type RegionData } from './read-region.js';
import { Survey } from './survey-schema.js';

export { parseRegionDataForWidgets, RegionDataError, type RegionData, type RegionErrorKind } from './read-region.js';

/** Validates parsed JSON, every part of it. Throws RegionDataError when the file as a whole is unusable. */
export function parseRegionData(json: unknown): RegionData {
  return readRegion(json, Survey);
}
