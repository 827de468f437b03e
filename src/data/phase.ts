/**
 * Where a planning round stands on a given day: which phase of the region
 * file's `participation.phases` is on, which are done and which are coming.
 * Pure and without words (the widget names the phases, src/l10n).
 *
 * Dates are the contract's inclusive Prague calendar days (`2026-12-15`), so
 * they are compared as ISO text: the same order as the days, no time zone
 * arithmetic. Only "today" needs the clock, and it is the Prague day.
 */
import type { ParticipationPhase } from './schema.js';

export type PhaseStatus = 'done' | 'now' | 'coming';

/** A phase with the last day it lasts (`until`, or the day before the next one begins; none: open-ended). */
export interface TimedPhase {
  readonly phase: ParticipationPhase;
  readonly from: string;
  readonly until: string | undefined;
  readonly status: PhaseStatus;
}

/**
 * - `none`: the file has no phases;
 * - `before`: the first phase has not begun (`next` is it);
 * - `now`: `current` is on (`next` is the one after it, if any);
 * - `between`: one phase ended, the next has not begun yet;
 * - `after`: the last phase ended.
 */
export type Round =
  | { readonly kind: 'none'; readonly phases: readonly TimedPhase[] }
  | { readonly kind: 'before'; readonly next: TimedPhase; readonly phases: readonly TimedPhase[] }
  | { readonly kind: 'now'; readonly current: TimedPhase; readonly next: TimedPhase | undefined; readonly phases: readonly TimedPhase[] }
  | { readonly kind: 'between'; readonly previous: TimedPhase; readonly next: TimedPhase; readonly phases: readonly TimedPhase[] }
  | { readonly kind: 'after'; readonly last: TimedPhase; readonly phases: readonly TimedPhase[] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` text that is a real day (not 2026-02-30). */
export function isDay(value: string | null | undefined): value is string {
  if (!value || !DAY.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const pragueFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Prague', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Prague calendar day of an instant, `YYYY-MM-DD`: a resident in another zone still sees Prague's "today". */
export function pragueDay(now: Date | number): string {
  const parts: Record<string, string> = {};
  for (const p of pragueFormat.formatToParts(now)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The day before (`2026-03-01` → `2026-02-28`). */
export function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/**
 * The phases in the order they begin, each with its last day and its status
 * on `today`. A phase without `until` lasts until the day before the next one
 * (by date) begins, the last one without `until` for good. An `until` before
 * its own `from` is ignored, as if absent (a typo must not hide the phase).
 */
export function timePhases(phases: readonly ParticipationPhase[], today: string): TimedPhase[] {
  // A stable sort: two phases beginning on one day keep the file's order.
  const sorted = [...phases].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return sorted.map((phase, i) => {
    const own = phase.until !== undefined && phase.until >= phase.from ? phase.until : undefined;
    const later = sorted.slice(i + 1).find((p) => p.from > phase.from);
    const until = own ?? (later ? dayBefore(later.from) : undefined);
    const status: PhaseStatus = today < phase.from ? 'coming' : until !== undefined && today > until ? 'done' : 'now';
    return { phase, from: phase.from, until, status };
  });
}

/**
 * Where the round stands on `today` (`YYYY-MM-DD`, Prague). When two phases
 * overlap, the one that began last is the current one (the newer thing to do);
 * the timeline still marks both as on.
 */
export function planningRound(phases: readonly ParticipationPhase[] | undefined, today: string): Round {
  const timed = timePhases(phases ?? [], today);
  if (!timed.length) return { kind: 'none', phases: timed };
  const on = timed.filter((p) => p.status === 'now');
  const next = timed.find((p) => p.status === 'coming');
  const current = on[on.length - 1];
  if (current) return { kind: 'now', current, next: timed.slice(timed.indexOf(current) + 1).find((p) => p.status === 'coming'), phases: timed };
  const done = timed.filter((p) => p.status === 'done');
  const previous = done[done.length - 1];
  if (!previous) return { kind: 'before', next: next!, phases: timed };
  if (next) return { kind: 'between', previous, next, phases: timed };
  return { kind: 'after', last: previous, phases: timed };
}
