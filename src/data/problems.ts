/**
 * Validation problems in plain words, Czech and English, with the JSON path
 * of the value (`services[3].kind: unknown code "pecovatelska"`). Used by the
 * widgets (error box, console warnings) and by the validator CLI.
 */
import type { Label } from './taxonomy.js';

export interface DataProblem {
  /** JSON path in the file, e.g. `services[3].kind`. */
  readonly path: string;
  readonly reason: Label;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function formatProblem(problem: DataProblem, locale: keyof Label = 'en'): string {
  return `${problem.path}: ${problem.reason[locale]}`;
}

/** The part of an issue (shape.ts) this module reads. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly format?: string;
}

/** Words an issue: problem-reasons.ts's `reasonOf`, registered by whoever reads reasons. */
type Reasons = (issue: IssueLike) => Label;
let reasons: Reasons | undefined;

/** `registerReasons(reasonOf)` (problem-reasons.ts): the reasons are worded from then on. */
export function registerReasons(words: Reasons): void {
  reasons = words;
}

/**
 * A problem at the issue's path. Its reason is worded when first read, by
 * problem-reasons.ts: the widgets load that only when a file has a problem
 * (load.ts), the command line and the server always.
 */
export function describeIssue(issue: IssueLike, prefix: readonly PropertyKey[] = []): DataProblem {
  const path = formatPath([...prefix, ...issue.path]);
  let reason: Label | undefined;
  return {
    path,
    get reason(): Label {
      // Until the wording is registered, the issue's own code (not kept: it is worded once registered).
      if (!reasons) return { cs: issue.message || issue.code, en: issue.message || issue.code };
      return (reason ??= reasons(issue));
    },
  };
}
