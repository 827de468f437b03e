/**
 * The JSON Schema of a region file, generated from the same zod schema the
 * widgets validate with (schema/region.schema.json, for coordinators' editors).
 * Not imported by the script-tag bundle.
 */
import * as z from 'zod/mini';
import { RegionFile, SCHEMA_VERSION } from './schema.js';

export const REGION_SCHEMA_ID = 'https://unpkg.com/kpss-widgets/schema/region.schema.json';

export function regionJsonSchema(): Record<string, unknown> {
  // `input` mode: what a coordinator may write (extra fields are allowed).
  const generated = z.toJSONSchema(RegionFile, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: REGION_SCHEMA_ID,
    title: `KPSS region data, schema version ${SCHEMA_VERSION}`,
    description:
      'One JSON file per region: its social services, planning meetings and the draft plan open for comment. ' +
      'Services need "forms" unless their kind is "navazna-sluzba". See the kpss-widgets README.',
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
}
