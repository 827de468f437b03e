/**
 * When a meeting happens, judged in Europe/Prague whatever the visitor's zone.
 *
 * The contract's dates are ISO 8601: a date alone (`2026-12-10`) is an all-day
 * event, a date-time with an offset is an instant, a date-time without one is
 * a wall-clock time in Prague. An all-day `end` is the last day, inclusive.
 * Pure functions, no DOM, no words: the widget, the calendar files (the
 * widget's downloads and the server's feed) and the tests share them. How a
 * time is written for people is the widget's (components/events/event-time.ts).
 */
import type { PlanEvent } from './schema.js';

export const TIME_ZONE = 'Europe/Prague';

/** A calendar day, no time, no zone. `m` is 1–12. */
export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export type ContractDate = { readonly kind: 'date'; readonly date: CivilDate } | { readonly kind: 'instant'; readonly ms: number };

export interface EventTiming {
  readonly allDay: boolean;
  /** First instant (ms). All-day: Prague midnight at the start of the first day. */
  readonly start: number;
  /** Exclusive end instant; undefined for a timed event the file gives no end for. */
  readonly end: number | undefined;
  /**
   * Until when the event is upcoming or in progress (exclusive). Without an
   * end, a meeting counts as "today" until Prague midnight.
   */
  readonly until: number;
  /** Prague calendar days of the start and of the end (for all-day: the last day). */
  readonly startDate: CivilDate;
  readonly endDate: CivilDate;
}

export type TimingResult =
  | { readonly ok: true; readonly timing: EventTiming; readonly problem?: string }
  | { readonly ok: false; readonly problem: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const wallFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

interface Wall extends CivilDate {
  readonly h: number;
  readonly mi: number;
  readonly s: number;
}

/** The Prague wall clock at an instant. */
export function pragueWall(ms: number): Wall {
  const parts: Record<string, number> = {};
  for (const p of wallFormat.formatToParts(ms)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour! % 24, mi: parts.minute!, s: parts.second! };
}

/** Prague's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
export function pragueOffset(ms: number): number {
  const w = pragueWall(ms);
  const whole = Math.floor(ms / 1000) * 1000;
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - whole;
}

/** The instant of a Prague wall-clock time. A time skipped by the spring change moves forward. */
export function pragueInstant(y: number, m: number, d: number, h = 0, mi = 0, s = 0, msPart = 0): number {
  const guess = Date.UTC(y, m - 1, d, h, mi, s, msPart);
  const first = guess - pragueOffset(guess);
  const second = pragueOffset(first);
  return second === pragueOffset(guess) ? first : guess - second;
}

export function pragueDate(ms: number): CivilDate {
  const { y, m, d } = pragueWall(ms);
  return { y, m, d };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export const sameDate = (a: CivilDate, b: CivilDate) => compareDates(a, b) === 0;

export const startOfDay = (date: CivilDate) => pragueInstant(date.y, date.m, date.d);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-12-10` */
export const isoDate = (date: CivilDate) => `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;

/** An instant as a valid HTML `datetime` with the Prague offset: `2026-12-03T14:00+01:00`. */
export function isoPrague(ms: number): string {
  const w = pragueWall(ms);
  const offset = Math.round(pragueOffset(ms) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const seconds = w.s ? `:${pad(w.s)}` : '';
  return `${isoDate(w)}T${pad(w.h)}:${pad(w.mi)}${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Reads a contract date; undefined when it is not a real date (`2026-02-30`, `25:00`). */
export function parseContractDate(value: string): ContractDate | undefined {
  const match = ISO.exec(value.trim());
  if (!match) return undefined;
  const [, ys, ms, ds, hs, mis, ss, frac, zone] = match;
  const y = Number(ys);
  const m = Number(ms);
  const d = Number(ds);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  if (hs === undefined) return { kind: 'date', date: { y, m, d } };
  const h = Number(hs);
  const mi = Number(mis);
  const s = Number(ss ?? 0);
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const msPart = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  if (!zone) return { kind: 'instant', ms: pragueInstant(y, m, d, h, mi, s, msPart) };
  let offset = 0;
  if (zone !== 'Z') {
    const digits = zone.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 23 || om > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  return { kind: 'instant', ms: Date.UTC(y, m - 1, d, h, mi, s, msPart) - offset };
}

/**
 * The timing of one event. A start that is not a real date makes the event
 * unusable (the contract: skip it and warn); a bad end is dropped with a warning.
 */
export function eventTiming(event: Pick<PlanEvent, 'start' | 'end'>): TimingResult {
  const start = parseContractDate(event.start);
  if (!start) return { ok: false, problem: `start "${event.start}" is not a valid date` };
  let end = event.end === undefined ? undefined : parseContractDate(event.end);
  let problem = event.end !== undefined && !end ? `end "${event.end}" is not a valid date, ignored` : undefined;

  if (start.kind === 'date') {
    let last = !end ? start.date : end.kind === 'date' ? end.date : pragueDate(end.ms - 1);
    if (compareDates(last, start.date) < 0) {
      problem = `end "${event.end}" is before the start, ignored`;
      last = start.date;
    }
    const from = startOfDay(start.date);
    const to = startOfDay(addDays(last, 1));
    return { ok: true, timing: { allDay: true, start: from, end: to, until: to, startDate: start.date, endDate: last }, ...(problem ? { problem } : {}) };
  }

  let endMs = !end ? undefined : end.kind === 'instant' ? end.ms : startOfDay(addDays(end.date, 1));
  if (endMs !== undefined && endMs < start.ms) {
    problem = `end "${event.end}" is before the start, ignored`;
    endMs = undefined;
    end = undefined;
  }
  const startDate = pragueDate(start.ms);
  const until = endMs ?? startOfDay(addDays(startDate, 1));
  const endDate = endMs !== undefined ? pragueDate(endMs) : startDate;
  return { ok: true, timing: { allDay: false, start: start.ms, end: endMs, until, startDate, endDate }, ...(problem ? { problem } : {}) };
}

export interface Timed<E> {
  readonly event: E;
  readonly timing: EventTiming;
}

/**
 * The meetings with their timing, in the file's order. A meeting whose start is
 * not a real date is left out; every problem is returned for the caller to log.
 */
export function timeEvents<E extends Pick<PlanEvent, 'id' | 'start' | 'end'>>(events: readonly E[]): { items: Timed<E>[]; problems: string[] } {
  const items: Timed<E>[] = [];
  const problems: string[] = [];
  events.forEach((event, index) => {
    const result = eventTiming(event);
    if (result.problem) problems.push(`events[${index}] "${event.id}": ${result.problem}${result.ok ? '' : ', skipped'}`);
    if (result.ok) items.push({ event, timing: result.timing });
  });
  return { items, problems };
}
