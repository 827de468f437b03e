/**
 * A small schema builder for the region contract: each builder gives a node
 * that checks a value (the widgets, the CLI, the server), carries the
 * TypeScript type (`Infer`), and is plain data that `json-schema.ts` turns
 * into schema/region.schema.json and the CLI walks for unknown fields.
 *
 * Why our own (README, design): the contract needs a dozen kinds of node;
 * zod cost the script that every town page loads about 7 KB gzip, this is
 * about 1.3 KB and checks a record in a few microseconds: a check is a direct
 * call per field, paths are one shared stack copied only for an issue.
 *
 * Its issues are the ones zod 4 reported for the same schema (codes, paths,
 * `input`, and which checks still run after an earlier problem), so
 * `problems.ts` words them exactly as before; test/data/shape.test.ts holds
 * the cases.
 */

/** A problem found in a value; `path` is relative to the value checked. */
export interface Issue {
  readonly code: 'invalid_type' | 'invalid_value' | 'too_small' | 'too_big' | 'invalid_format' | 'invalid_union' | 'custom';
  readonly path: PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly origin?: string;
  /**
   * Checks that come after a problem still run when the problem is only a
   * failed check of a value of the right type (`true`: too short, out of
   * range, bad format); a wrong type or an unknown code stops them, except a
   * list's or a text's length, which is checked on anything with a length
   * unless a number was not whole (`false`).
   */
  readonly continue?: boolean;
}

type Run<T> = (value: unknown, issues: Issue[], path: PropertyKey[]) => T;

interface Base<T> {
  /** Checks `value` at `path` (a shared stack, restored on return), pushes issues, returns the parsed value. */
  readonly run: Run<T>;
  /** Only for the types. */
  readonly '~type'?: T;
}
export interface StringNode extends Base<string> {
  readonly kind: 'string';
  readonly trim?: boolean;
  readonly minLength?: number;
  readonly pattern?: RegExp;
  /** What the pattern cannot say (a real day of the calendar): false is an `invalid_format`, as a failed pattern. */
  readonly check?: (text: string) => boolean;
}
export interface NumberNode extends Base<number> {
  readonly kind: 'number';
  readonly int?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}
export interface BooleanNode extends Base<boolean> {
  readonly kind: 'boolean';
}
export interface LiteralNode<T extends string | number = string | number> extends Base<T> {
  readonly kind: 'literal';
  readonly value: T;
}
export interface EnumNode<T extends string = string> extends Base<T> {
  readonly kind: 'enum';
  readonly values: readonly T[];
}
export interface UnknownNode extends Base<unknown> {
  readonly kind: 'unknown';
}
export interface OptionalNode<S extends Schema = Schema> extends Base<Infer<S> | undefined> {
  readonly kind: 'optional';
  readonly inner: S;
}
export interface ArrayNode<S extends Schema = Schema> extends Base<Infer<S>[]> {
  readonly kind: 'array';
  readonly element: S;
  readonly minLength?: number;
}
export interface RecordNode<S extends Schema = Schema> extends Base<Record<string, Infer<S>>> {
  readonly kind: 'record';
  readonly element: S;
}
export interface UnionNode<S extends readonly Schema[] = readonly Schema[]> extends Base<Infer<S[number]>> {
  readonly kind: 'union';
  readonly options: S;
}
export type Shape = Readonly<Record<string, Schema>>;
export interface ObjectNode<S extends Shape = Shape> extends Base<ObjectOf<S>> {
  readonly kind: 'object';
  readonly shape: S;
}

/** Every node, for code that walks a schema. */
export type Node =
  | StringNode
  | NumberNode
  | BooleanNode
  | LiteralNode
  | EnumNode
  | UnknownNode
  | OptionalNode
  | ArrayNode
  | RecordNode
  | UnionNode
  | ObjectNode;
/** Any node, by what it parses to. */
export type Schema<T = unknown> = Base<T> & { readonly kind: Node['kind'] };

export type Infer<S> = S extends Base<infer T> ? T : never;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalNode ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Flat<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { -readonly [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

// ── Issues ───────────────────────────────────────────────────────────────────

const MESSAGE = 'Invalid input';

function report(issues: Issue[], path: readonly PropertyKey[], issue: Omit<Issue, 'path' | 'message'>, message = MESSAGE): void {
  issues.push({ ...issue, path: path.slice(), message });
}

/** Whether an issue from `start` on stops the checks that follow (`always`: even the length checks). */
function stopped(issues: readonly Issue[], start: number, always = false): boolean {
  for (let i = start; i < issues.length; i++) {
    const go = issues[i]!.continue;
    if (always ? go === false : go !== true) return true;
  }
  return false;
}

const wrongType = (issues: Issue[], path: readonly PropertyKey[], expected: string, input: unknown) =>
  report(issues, path, { code: 'invalid_type', expected, input });

const originOf = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown');

/**
 * A minimum length, checked on anything with a length: also after a wrong
 * type (a list where a text belongs is reported both ways, as before).
 */
function minLengthCheck(issues: Issue[], path: readonly PropertyKey[], value: unknown, minimum: number | undefined): void {
  if (minimum === undefined || value == null) return;
  const length = (value as { length?: unknown }).length;
  if (length !== undefined && !((length as number) >= minimum)) {
    report(issues, path, { code: 'too_small', origin: originOf(value), minimum, input: value, continue: true });
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// ── Builders ─────────────────────────────────────────────────────────────────

/* @__NO_SIDE_EFFECTS__ */
export function string(options: { trim?: boolean; minLength?: number; pattern?: RegExp; check?: (text: string) => boolean } = {}): StringNode {
  const { trim, minLength, pattern, check } = options;
  return {
    kind: 'string',
    ...options,
    run(value, issues, path) {
      if (typeof value !== 'string') {
        wrongType(issues, path, 'string', value);
        minLengthCheck(issues, path, value, minLength);
        return value as string;
      }
      const text = trim ? value.trim() : value;
      minLengthCheck(issues, path, text, minLength);
      if ((pattern && !pattern.test(text)) || (check && !check(text))) report(issues, path, { code: 'invalid_format', input: text, continue: true });
      return text;
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function number(options: { int?: boolean; minimum?: number; maximum?: number } = {}): NumberNode {
  const { int, minimum, maximum } = options;
  return {
    kind: 'number',
    ...options,
    run(value, issues, path) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        wrongType(issues, path, 'number', value);
        return value as number;
      }
      if (int) {
        if (!Number.isInteger(value)) {
          report(issues, path, { code: 'invalid_type', expected: 'int', input: value, continue: false });
          return value;
        }
        if (value > Number.MAX_SAFE_INTEGER) report(issues, path, { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, input: value, continue: true });
        else if (value < Number.MIN_SAFE_INTEGER) report(issues, path, { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, input: value, continue: true });
      }
      if (minimum !== undefined && value < minimum) report(issues, path, { code: 'too_small', origin: 'number', minimum, input: value, continue: true });
      if (maximum !== undefined && value > maximum) report(issues, path, { code: 'too_big', origin: 'number', maximum, input: value, continue: true });
      return value;
    },
  };
}

/** A whole number in the safe range. */
export const int = /* @__NO_SIDE_EFFECTS__ */ (options: { minimum?: number; maximum?: number } = {}): NumberNode => number({ int: true, ...options });

/* @__NO_SIDE_EFFECTS__ */
export function boolean(): BooleanNode {
  return {
    kind: 'boolean',
    run(value, issues, path) {
      if (typeof value !== 'boolean') wrongType(issues, path, 'boolean', value);
      return value as boolean;
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function literal<const T extends string | number>(expected: T): LiteralNode<T> {
  return {
    kind: 'literal',
    value: expected,
    run(value, issues, path) {
      if (value !== expected) report(issues, path, { code: 'invalid_value', values: [expected], input: value });
      return value as T;
    },
  };
}

/** One of the codes. */
/* @__NO_SIDE_EFFECTS__ */
export function picklist<const T extends string>(values: readonly T[]): EnumNode<T> {
  const set = new Set<unknown>(values);
  return {
    kind: 'enum',
    values,
    run(value, issues, path) {
      if (!set.has(value)) report(issues, path, { code: 'invalid_value', values, input: value });
      return value as T;
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function unknown(): UnknownNode {
  return { kind: 'unknown', run: (value) => value };
}

/* @__NO_SIDE_EFFECTS__ */
export function optional<S extends Schema>(inner: S): OptionalNode<S> {
  return {
    kind: 'optional',
    inner,
    run: (value, issues, path) => (value === undefined ? undefined : (inner.run(value, issues, path) as Infer<S>)),
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function array<S extends Schema>(element: S, options: { minLength?: number } = {}): ArrayNode<S> {
  const { minLength } = options;
  return {
    kind: 'array',
    element,
    ...options,
    run(value, issues, path) {
      if (!Array.isArray(value)) {
        wrongType(issues, path, 'array', value);
        minLengthCheck(issues, path, value, minLength);
        return value as Infer<S>[];
      }
      const start = issues.length;
      const out = new Array<Infer<S>>(value.length);
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        out[i] = element.run(value[i], issues, path) as Infer<S>;
        path.pop();
      }
      if (!stopped(issues, start, true)) minLengthCheck(issues, path, out, minLength);
      return out;
    },
  };
}

/** An object used as a map from any key to values of one schema. */
/* @__NO_SIDE_EFFECTS__ */
export function record<S extends Schema>(element: S): RecordNode<S> {
  return {
    kind: 'record',
    element,
    run(value, issues, path) {
      if (!isObject(value)) {
        wrongType(issues, path, 'record', value);
        return value as Record<string, Infer<S>>;
      }
      const out: Record<string, Infer<S>> = {};
      for (const key of Object.keys(value)) {
        path.push(key);
        out[key] = element.run(value[key], issues, path) as Infer<S>;
        path.pop();
      }
      return out;
    },
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function union<const S extends readonly Schema[]>(options: S): UnionNode<S> {
  return {
    kind: 'union',
    options,
    run(value, issues, path) {
      const tried: Issue[][] = [];
      for (const option of options) {
        const own: Issue[] = [];
        const parsed = option.run(value, own, path);
        if (own.length === 0) return parsed as Infer<S[number]>;
        tried.push(own);
      }
      // One option failed only its checks: it is what was meant, report its issues.
      const meant = tried.filter((own) => !stopped(own, 0));
      if (meant.length === 1) issues.push(...meant[0]!);
      else report(issues, path, { code: 'invalid_union', input: value });
      return value as Infer<S[number]>;
    },
  };
}

/** What a refinement sees and how it reports (paths relative to the object). */
export type Refine<T> = (value: T, issue: (message: string, path: readonly PropertyKey[], input: unknown) => void) => void;

/**
 * An object of known fields (unknown ones are allowed and left out of the
 * result). `refine` runs after the fields, unless one of them has a wrong
 * type or an unknown code.
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<const S extends Shape>(shape: S, refine?: Refine<ObjectOf<S>>): ObjectNode<S> {
  const keys = Object.keys(shape);
  const runs = keys.map((k) => shape[k]!.run);
  const optional = keys.map((k) => shape[k]!.kind === 'optional');
  return {
    kind: 'object',
    shape,
    run(value, issues, path) {
      if (!isObject(value)) {
        wrongType(issues, path, 'object', value);
        return value as ObjectOf<S>;
      }
      const start = issues.length;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const child = value[key];
        const present = child !== undefined || key in value;
        if (!present && optional[i]) continue;
        path.push(key);
        const parsed = runs[i]!(child, issues, path);
        path.pop();
        if (present) out[key] = parsed;
      }
      if (refine && !stopped(issues, start)) {
        refine(out as ObjectOf<S>, (message, at, input) => issues.push({ code: 'custom', message, input, path: [...path, ...at] }));
      }
      return out as ObjectOf<S>;
    },
  };
}

// ── Parsing ──────────────────────────────────────────────────────────────────

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Checks a value against a schema: the parsed value, or every issue found. */
export function parse<T>(schema: Base<T>, input: unknown): Result<T> {
  const issues: Issue[] = [];
  const value = schema.run(input, issues, []);
  return issues.length ? { ok: false, issues } : { ok: true, value };
}
