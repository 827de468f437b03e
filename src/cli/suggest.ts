/**
 * "Did you mean": the nearest known names for a misspelt field or code. Only
 * the command line suggests (the widgets only say a code is unknown), so this
 * costs a town's page nothing.
 */
import { formatPath } from '../data/problems.js';
import type { Node, Schema } from '../data/shape.js';
import type { Label } from '../data/taxonomy.js';
import { fold } from '../data/text.js';
import { isObject } from './json-text.js';

/** Edit distance (Levenshtein). */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** A code as it would be written: folded, words joined by hyphens ("Pečovatelská služba" → "pecovatelska-sluzba"). */
const asCode = (text: string) => fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const MAX = 3;

/**
 * The known codes nearest to an unknown one: the code it is written as, else
 * the codes it begins (or that begin it), in the list's order, then those a
 * small edit away (1 for short codes, 2 from 5 letters), nearest first; at most three.
 */
export function nearestCodes(input: string, codes: readonly string[]): string[] {
  const wanted = asCode(input);
  if (!wanted) return [];
  if (codes.includes(wanted)) return [wanted];
  const prefix = wanted.length >= 3 ? codes.filter((c) => c.startsWith(wanted) || (c.length >= 3 && wanted.startsWith(`${c}-`))) : [];
  const limit = wanted.length < 5 ? 1 : 2;
  const near = codes
    .filter((c) => !prefix.includes(c))
    .map((code) => ({ code, d: distance(wanted, code) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d)
    .map(({ code }) => code);
  return [...prefix, ...near].slice(0, MAX);
}

/** ` (nemá to být „a“, „b“ nebo „c“?)` / ` (did you mean "a", "b" or "c"?)`. */
export function didYouMean(names: readonly string[]): Label {
  if (!names.length) return { cs: '', en: '' };
  const list = (open: string, close: string, or: string) => {
    const quoted = names.map((n) => `${open}${n}${close}`);
    return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} ${or} ${quoted.at(-1)}`;
  };
  return { cs: ` (nemá to být ${list('„', '“', 'nebo')}?)`, en: ` (did you mean ${list('"', '"', 'or')}?)` };
}

/**
 * A list this short is named in full when no code is near the unknown one
 * (phases, document groups, forms, event types): someone guessing a code
 * learns the choice at once, while the 35 kinds of service would bury the line.
 */
const LISTED = 8;

/** ` (povolené kódy: a, b, c)` / ` (allowed codes: a, b, c)`. */
export function allowedCodes(codes: readonly string[]): Label {
  return { cs: ` (povolené kódy: ${codes.join(', ')})`, en: ` (allowed codes: ${codes.join(', ')})` };
}

/**
 * For each unknown code in the file (a value the schema's list of codes lacks), by its path:
 * the nearest known ones, worded, or else every code of a short list.
 */
export function codeHints(schema: Schema, value: unknown, path: PropertyKey[] = [], out = new Map<string, Label>()): Map<string, Label> {
  const node = schema as Node;
  if (node.kind === 'optional') return codeHints(node.inner, value, path, out);
  if (node.kind === 'enum' && typeof value === 'string' && !node.values.includes(value)) {
    const near = nearestCodes(value, node.values);
    if (near.length) out.set(formatPath(path), didYouMean(near));
    else if (node.values.length <= LISTED) out.set(formatPath(path), allowedCodes(node.values));
  } else if (node.kind === 'array' && Array.isArray(value)) {
    value.forEach((item, index) => codeHints(node.element, item, [...path, index], out));
  } else if (node.kind === 'object' && isObject(value)) {
    for (const [key, field] of Object.entries(node.shape)) if (Object.hasOwn(value, key)) codeHints(field, value[key], [...path, key], out);
  }
  return out;
}
