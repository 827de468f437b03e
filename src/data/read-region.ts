/**
 * Reads a region file: the frame must be right (else the file is an error),
 * each service and event is checked on its own (a bad one is skipped with a
 * warning, the rest are kept), a bad plan or survey is dropped with a warning
 * so the catalogue and the meetings still show.
 *
 * A part is checked when it is first read, by the rules its widget registered
 * (`registerPart`, from service-schema.ts, event-schema.ts, plan-schema.ts,
 * survey-schema.ts, participation-schema.ts): a page with the meetings does not download the
 * services' rules, and a part no widget on the page shows is never checked.
 * Each part is checked once per file; its problems join `warnings` and go to
 * the file's `onProblems`. `parseRegionData` (parse.ts) registers every part
 * and reads them all at once.
 */
import { RegionFrame, SCHEMA_VERSION, type Participation, type Plan, type PlanEvent, type RegionFile, type Service, type Survey } from './schema.js';
import { describeIssue, type DataProblem } from './problems.js';
import { parse, type Schema } from './shape.js';

export interface RegionData {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly region: RegionFile['region'];
  readonly services: readonly Service[];
  readonly events: readonly PlanEvent[];
  readonly plan?: Plan;
  readonly survey?: Survey;
  readonly participation?: Participation;
  /** Records and parts that were skipped, with the reason (of the parts read so far). */
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

/** Records checked one by one: a bad one, or a repeated id, is skipped with a warning. */
export function records<T extends { id: string }>(schema: Schema<T>, items: readonly unknown[], key: string, warnings: DataProblem[]): T[] {
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

/** A part checked as a whole: its value, or undefined with its problems added to `warnings`. */
export function whole<T>(schema: Schema<T>, input: unknown, key: string, warnings: DataProblem[]): T | undefined {
  if (input === undefined) return undefined;
  const result = check(schema, input, [key]);
  if (result.ok) return result.value;
  warnings.push(...result.problems);
  return undefined;
}

interface Parts {
  services: readonly Service[];
  events: readonly PlanEvent[];
  plan: Plan | undefined;
  survey: Survey | undefined;
  participation: Participation | undefined;
}
export type PartName = keyof Parts;
/** Checks a part as the file has it (undefined when absent), adding its problems to `warnings`. */
export type PartCheck<P extends PartName> = (input: unknown, warnings: DataProblem[]) => Parts[P];

const checks: { [P in PartName]?: PartCheck<P> } = {};

/** A widget registers the rules of the part it shows (its module's schema file calls this). */
export function registerPart<P extends PartName>(name: P, partCheck: PartCheck<P>): void {
  (checks as Record<P, PartCheck<P>>)[name] = partCheck;
}

/**
 * Validates parsed JSON: the frame now, each part when it is first read.
 * Throws RegionDataError when the file as a whole is unusable.
 * `onProblems` hears each part's problems once, when it is checked.
 */
export function readRegion(json: unknown, onProblems?: (problems: readonly DataProblem[]) => void): RegionData {
  if (json && typeof json === 'object' && 'schemaVersion' in json && json.schemaVersion !== SCHEMA_VERSION) {
    const found = JSON.stringify(json.schemaVersion);
    throw new RegionDataError('version', `unsupported schemaVersion ${found} (this version reads ${SCHEMA_VERSION})`, [
      { path: 'schemaVersion', reason: { cs: `nepodporovaná verze ${found}, tato verze čte ${SCHEMA_VERSION}`, en: `unsupported version ${found}, this version reads ${SCHEMA_VERSION}` } },
    ]);
  }
  const { plan, survey, participation, ...frameInput } = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const frame = check(RegionFrame, json && typeof json === 'object' ? frameInput : json, []);
  if (!frame.ok) {
    throw new RegionDataError('invalid', frame.problems.map((p) => `${p.path}: ${p.reason.en}`).join('; '), frame.problems);
  }
  const inputs: Record<PartName, unknown> = { services: frame.value.services, events: frame.value.events, plan, survey, participation };
  const warnings: DataProblem[] = [];
  const data = { schemaVersion: SCHEMA_VERSION, region: frame.value.region, warnings } as unknown as RegionData;
  for (const name of Object.keys(inputs) as PartName[]) {
    let value: Parts[PartName];
    let checked = false;
    Object.defineProperty(data, name, {
      enumerable: true,
      get() {
        if (!checked) {
          const partCheck = checks[name] as PartCheck<PartName> | undefined;
          if (!partCheck) throw new Error(`[kpss] the region file's ${name} were read, but no widget registered their rules (registerPart)`);
          const found: DataProblem[] = [];
          value = partCheck(inputs[name], found);
          checked = true;
          if (found.length) {
            warnings.push(...found);
            onProblems?.(found);
          }
        }
        return value;
      },
    });
  }
  return data;
}
