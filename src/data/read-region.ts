/**
 * Reads a region file: the frame must be right (else the file is an error),
 * each service and event is checked on its own (a bad one is skipped with a
 * warning, the rest are kept), a bad plan or survey is dropped with a warning
 * so the catalogue and the meetings still show.
 *
 * The widgets' loader leaves the survey to the survey widget
 * (`parseRegionDataForWidgets`, then `surveyOf`): its rules are a good part
 * of the schema, and a page with the catalogue or the meetings does not
 * download them. `parseRegionData` (parse.ts) checks everything.
 */
import { Plan, PlanEvent, RegionFrame, SCHEMA_VERSION, Service, type RegionFile, type Survey } from './schema.js';
import { describeIssue, type DataProblem } from './problems.js';
import { parse, type Schema } from './shape.js';

export interface RegionData {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly region: RegionFile['region'];
  readonly services: readonly Service[];
  readonly events: readonly PlanEvent[];
  readonly plan?: Plan;
  /** The checked survey (`parseRegionData`; after `parseRegionDataForWidgets`, ask `surveyOf`). */
  readonly survey?: Survey;
  /** The survey as the file has it, before it is checked. */
  readonly surveyInput?: unknown;
  /** Records and parts that were skipped, with the reason (the survey's too, once checked). */
  readonly warnings: readonly DataProblem[];
}

/** `network`: no answer and the device is online (the server is down or the address is wrong); `offline`: the device says it is offline; `blocked`: the server answers, but not to this page (CORS). */
export type RegionErrorKind = 'no-src' | 'network' | 'offline' | 'blocked' | 'http' | 'not-json' | 'invalid' | 'version';

/** A region file that could not be used at all. */
export class RegionDataError extends Error {
  override readonly name = 'RegionDataError';
  constructor(
    readonly kind: RegionErrorKind,
    message: string,
    readonly problems: readonly DataProblem[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

function check<T>(schema: Schema<T>, input: unknown, prefix: PropertyKey[]): { ok: true; value: T } | { ok: false; problems: DataProblem[] } {
  const result = parse(schema, input);
  if (result.ok) return result;
  return { ok: false, problems: result.issues.map((i) => describeIssue(i, prefix)) };
}

function records<T extends { id: string }>(
  schema: Schema<T>,
  items: readonly unknown[],
  key: string,
  warnings: DataProblem[],
): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const result = check(schema, item, [key, index]);
    if (!result.ok) {
      warnings.push(...result.problems);
      return;
    }
    if (seen.has(result.value.id)) {
      warnings.push(describeIssue({ code: 'custom', message: 'duplicate-id', input: result.value.id, path: ['id'] }, [key, index]));
      return;
    }
    seen.add(result.value.id);
    kept.push(result.value);
  });
  return kept;
}

/** Validates parsed JSON, leaving the survey unchecked in `surveyInput`: the widgets' loader (the survey widget checks it with `surveyOf`). */
export function parseRegionDataForWidgets(json: unknown): RegionData {
  return readRegion(json);
}

/** A part checked on its own: its value, or its problems under `prefix`. */
export function checkPart<T>(schema: Schema<T>, input: unknown, prefix: PropertyKey[]): { ok: true; value: T } | { ok: false; problems: DataProblem[] } {
  return check(schema, input, prefix);
}

/** Validates parsed JSON; the survey only with its schema (survey-schema.ts). Throws RegionDataError when the file as a whole is unusable. */
export function readRegion(json: unknown, surveySchema?: Schema<Survey>): RegionData {
  if (json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== SCHEMA_VERSION) {
    const found = JSON.stringify(json.schemaVersion);
    throw new RegionDataError('version', `unsupported schemaVersion ${found} (this version reads ${SCHEMA_VERSION})`, [
      { path: 'schemaVersion', reason: { cs: `nepodporovaná verze ${found}, tato verze čte ${SCHEMA_VERSION}`, en: `unsupported version ${found}, this version reads ${SCHEMA_VERSION}` } },
    ]);
  }
  const { plan: rawPlan, survey: rawSurvey, ...frameInput } = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const frame = check(RegionFrame, json && typeof json === 'object' ? frameInput : json, []);
  if (!frame.ok) {
    throw new RegionDataError('invalid', frame.problems.map((p) => `${p.path}: ${p.reason.en}`).join('; '), frame.problems);
  }
  const warnings: DataProblem[] = [];
  const services = records(Service, frame.value.services, 'services', warnings);
  const events = records(PlanEvent, frame.value.events ?? [], 'events', warnings);
  let plan: Plan | undefined;
  if (rawPlan !== undefined) {
    const result = check(Plan, rawPlan, ['plan']);
    if (result.ok) plan = result.value;
    else warnings.push(...result.problems);
  }
  let survey: Survey | undefined;
  if (rawSurvey !== undefined && surveySchema) {
    const result = check(surveySchema, rawSurvey, ['survey']);
    if (result.ok) survey = result.value;
    else warnings.push(...result.problems);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    region: frame.value.region,
    services,
    events,
    ...(plan ? { plan } : {}),
    ...(survey ? { survey } : {}),
    ...(rawSurvey !== undefined ? { surveyInput: rawSurvey } : {}),
    warnings,
  };
}
