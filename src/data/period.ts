/**
 * Periods (the plan's commenting, the survey): inclusive calendar days in
 * Europe/Prague, whatever the resident's device time zone is.
 */
import type { Plan } from './schema.js';

export type PeriodState = 'none' | 'not-yet' | 'open' | 'closed';

const PRAGUE_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "2026-11-23": the calendar day in Prague at this instant. */
export function pragueDay(now: Date): string {
  return PRAGUE_DAY.format(now);
}

/** Where a period (inclusive Prague days `from`–`until`) stands at this instant. */
export function periodState(period: { readonly from: string; readonly until: string } | undefined, now: Date): PeriodState {
  if (!period) return 'none';
  const today = pragueDay(now);
  if (today < period.from) return 'not-yet';
  if (today > period.until) return 'closed';
  return 'open';
}

export function commentingState(plan: Plan | undefined, now: Date): PeriodState {
  return periodState(plan?.commenting, now);
}
