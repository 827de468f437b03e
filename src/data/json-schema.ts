/**
 * The JSON Schema of a region file, generated from the same schema the
 * widgets validate with (schema/region.schema.json, for coordinators' editors).
 * Not imported by the script-tag bundle.
 */
import { SCHEMA_VERSION } from './schema.js';
import { RegionFile } from './region-file.js';
import type { Node, Schema } from './shape.js';

export const REGION_SCHEMA_ID = 'https://unpkg.com/kpss-widgets/schema/region.schema.json';

type Json = Record<string, unknown>;

/**
 * One node as JSON Schema (draft 2020-12). It describes what a coordinator
 * may write: extra fields stay valid (the contract allows optional
 * additions), so objects do not close `additionalProperties`; trimming is not
 * expressible and is left out, as are the refinements (forms required for a
 * registered kind, the survey's rules), which the description names.
 */
export function toJsonSchema(schema: Schema): Json {
  const node = schema as Node;
  switch (node.kind) {
    case 'string':
      return {
        type: 'string',
        ...(node.minLength !== undefined ? { minLength: node.minLength } : {}),
        ...(node.pattern ? { pattern: node.pattern.source } : {}),
      };
    case 'number':
      return {
        type: node.int ? 'integer' : 'number',
        ...(node.minimum !== undefined ? { minimum: node.minimum } : node.int ? { minimum: Number.MIN_SAFE_INTEGER } : {}),
        ...(node.maximum !== undefined ? { maximum: node.maximum } : node.int ? { maximum: Number.MAX_SAFE_INTEGER } : {}),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'literal':
      return { type: typeof node.value === 'number' ? 'number' : 'string', const: node.value };
    case 'enum':
      return { type: 'string', enum: [...node.values] };
    case 'unknown':
      return {};
    case 'optional':
      return toJsonSchema(node.inner);
    case 'array':
      return { ...(node.minLength !== undefined ? { minItems: node.minLength } : {}), type: 'array', items: toJsonSchema(node.element) };
    case 'record':
      return { type: 'object', propertyNames: { type: 'string' }, additionalProperties: toJsonSchema(node.element) };
    case 'union': {
      const options = node.options.map(toJsonSchema);
      // Plain types ("a string or a number") read better as one list of types.
      const plain = options.every((o) => Object.keys(o).length === 1 && typeof o.type === 'string');
      return plain ? { type: options.map((o) => o.type) } : { anyOf: options };
    }
    case 'object': {
      const entries = Object.entries(node.shape);
      const required = entries.filter(([, field]) => field.kind !== 'optional').map(([key]) => key);
      return {
        type: 'object',
        properties: Object.fromEntries(entries.map(([key, field]) => [key, toJsonSchema(field)])),
        ...(required.length ? { required } : {}),
      };
    }
  }
}

export function regionJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: REGION_SCHEMA_ID,
    title: `KPSS region data, schema version ${SCHEMA_VERSION}`,
    description:
      'One JSON file per region: its social services, planning meetings and the draft plan open for comment. ' +
      'Services need "forms" unless their kind is "navazna-sluzba". See the kpss-widgets README.',
    ...toJsonSchema(RegionFile),
  };
}
