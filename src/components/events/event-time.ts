/**
 * When a meeting happens, as the widget shows it: upcoming or past, "today",
 * and the date and time written out in the page's language. The pure reading
 * of the contract's dates is data/event-time.ts (the server's feed uses it too).
 */
import type { Locale } from '../../data/taxonomy.js';
import { addDays, isoDate, isoPrague, pragueDate, sameDate, TIME_ZONE, type CivilDate, type EventTiming, type Timed } from '../../data/event-time.js';

/** Upcoming (in progress included) soonest first; past newest first. */
export function splitByNow<E extends { readonly title: string }>(items: readonly Timed<E>[], now: number): { upcoming: Timed<E>[]; past: Timed<E>[] } {
  const upcoming = items.filter((i) => now < i.timing.until);
  const past = items.filter((i) => now >= i.timing.until);
  upcoming.sort((a, b) => a.timing.start - b.timing.start || a.timing.until - b.timing.until || a.event.title.localeCompare(b.event.title, 'cs'));
  past.sort((a, b) => b.timing.start - a.timing.start || b.timing.until - a.timing.until || a.event.title.localeCompare(b.event.title, 'cs'));
  return { upcoming, past };
}

/** Happening right now: started, not yet over, and its end is known (or it is all-day). */
export function inProgress(timing: EventTiming, now: number): boolean {
  return timing.end !== undefined && timing.start <= now && now < timing.end;
}

export type Relative = 'now' | 'today' | 'tomorrow' | undefined;

/** A word residents look for first: "právě probíhá", "dnes", "zítra" (Prague days). */
export function relativeDay(timing: EventTiming, now: number): Relative {
  if (now >= timing.until) return undefined;
  if (inProgress(timing, now)) return 'now';
  const today = pragueDate(now);
  if (sameDate(timing.startDate, today)) return 'today';
  if (sameDate(timing.startDate, addDays(today, 1))) return 'tomorrow';
  return undefined;
}

/* ── Formatting ─────────────────────────────────────────────────────────── */

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options })));
  return f;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const SHORT_DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long' };
const SHORT_DATE_YEAR: Intl.DateTimeFormatOptions = { ...SHORT_DATE, year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** A civil date formatted as that day (noon UTC is the same day in Prague). */
const dayInstant = (date: CivilDate) => Date.UTC(date.y, date.m - 1, date.d, 12);

/** A piece of a "when" line: text, and the machine value for a `<time>` element. */
export interface WhenPart {
  readonly text: string;
  readonly datetime?: string;
}

export interface WhenOptions {
  readonly locale: Locale;
  /** `long`: "čtvrtek 3. prosince 2026, 14:00"; `short` (compact): "čt 3. prosince, 14:00". */
  readonly style: 'long' | 'short';
  /** Short style omits the year of the current Prague year. */
  readonly now?: number;
  readonly allDayText: string;
}

/**
 * "čtvrtek 3. prosince 2026, 14:00–16:00"; across midnight or over several
 * days both ends are written in full ("… 22:00 – sobota 5. prosince 2026, 2:00").
 */
export function whenParts(timing: EventTiming, options: WhenOptions): WhenPart[] {
  const { locale, style } = options;
  const withYear = style === 'long' || (options.now !== undefined && timing.startDate.y !== pragueDate(options.now).y) || timing.endDate.y !== timing.startDate.y;
  const dateOptions = style === 'long' ? LONG_DATE : withYear ? SHORT_DATE_YEAR : SHORT_DATE;
  const day = (date: CivilDate) => fmt(locale, dateOptions).format(dayInstant(date));
  const time = (ms: number) => fmt(locale, TIME).format(ms);
  const sep = ', ';

  if (timing.allDay) {
    const first: WhenPart = { text: day(timing.startDate), datetime: isoDate(timing.startDate) };
    if (sameDate(timing.startDate, timing.endDate)) return [first, { text: `${sep}${options.allDayText}` }];
    return [first, { text: ' – ' }, { text: day(timing.endDate), datetime: isoDate(timing.endDate) }];
  }
  const start: WhenPart = { text: `${day(timing.startDate)}${sep}${time(timing.start)}`, datetime: isoPrague(timing.start) };
  if (timing.end === undefined || timing.end === timing.start) return [start];
  if (sameDate(timing.startDate, timing.endDate)) {
    return [start, { text: '–' }, { text: time(timing.end), datetime: isoPrague(timing.end) }];
  }
  return [start, { text: ' – ' }, { text: `${day(timing.endDate)}${sep}${time(timing.end)}`, datetime: isoPrague(timing.end) }];
}

export const whenText = (timing: EventTiming, options: WhenOptions) =>
  whenParts(timing, options)
    .map((p) => p.text)
    .join('');
