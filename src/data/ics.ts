/**
 * A small iCalendar (RFC 5545) writer for published meetings: VEVENTs with
 * times in UTC or as all-day dates, so no VTIMEZONE is needed and every client
 * (Outlook, Google, Apple, Thunderbird) places them at the same instant.
 *
 * Written here rather than pulled in as a dependency: the widget needs only
 * the writing half, a few hundred bytes, while the parsers are tens of kB. The
 * widget's downloads and the server's subscribable feed both write with it, so
 * the two cannot drift apart. The tests read every file it produces back with
 * ical.js, Thunderbird's parser.
 */
import type { CivilDate } from './event-time.js';

export type IcsTime = { readonly date: CivilDate } | { readonly instant: number };

export interface IcsEvent {
  /** Globally unique and stable, so importing the file again updates the event. */
  readonly uid: string;
  readonly start: IcsTime;
  /** Exclusive end: for an all-day event the day after the last day. */
  readonly end?: IcsTime | undefined;
  readonly summary: string;
  readonly description?: string | undefined;
  readonly location?: string | undefined;
  readonly geo?: { readonly lat: number; readonly lng: number } | undefined;
  /** Must already be a checked http(s) URL. */
  readonly url?: string | undefined;
  readonly categories?: readonly string[] | undefined;
  readonly status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | undefined;
}

export interface IcsCalendar {
  readonly prodId: string;
  /** When the file was made (DTSTAMP of every event). */
  readonly stamp: Date;
  /** Shown by some clients as the calendar's name (X-WR-CALNAME). */
  readonly name?: string | undefined;
  /**
   * For a subscribed calendar: how often clients should fetch it again, in
   * whole hours (REFRESH-INTERVAL of RFC 7986, and Outlook's X-PUBLISHED-TTL).
   */
  readonly refreshHours?: number | undefined;
  readonly events: readonly IcsEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and
 * line breaks as `\n`. Other control characters are not allowed in TEXT and
 * are dropped (tab is allowed).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8
 * (§3.1): a continuation starts with one space, which counts. It never splits
 * a character, so a line may end a few octets short.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(date: CivilDate): string {
  return `${pad(date.y, 4)}${pad(date.m)}${pad(date.d)}`;
}

/** `20261203T130000Z` */
export function formatUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function timeProperty(name: string, time: IcsTime): string {
  return 'date' in time ? `${name};VALUE=DATE:${formatDate(time.date)}` : `${name}:${formatUtc(time.instant)}`;
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`, timeProperty('DTSTART', event.start)];
  if (event.end) lines.push(timeProperty('DTEND', event.end));
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.geo && Number.isFinite(event.geo.lat) && Number.isFinite(event.geo.lng)) lines.push(`GEO:${event.geo.lat.toFixed(6)};${event.geo.lng.toFixed(6)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // A URI value is not TEXT-escaped; a parsed URL (URL.href) has no line breaks or spaces.
  if (event.url) lines.push(`URL:${event.url.replace(/[\s\u0000-\u001f\u007f]/g, '')}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole file: CRLF line ends (the last line too), folded lines. */
export function buildCalendar(calendar: IcsCalendar): string {
  const stamp = formatUtc(calendar.stamp.getTime());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(calendar.prodId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  // An x-name property is TEXT only when it says so; without VALUE=TEXT parsers keep the backslashes.
  if (calendar.name) lines.push(`X-WR-CALNAME;VALUE=TEXT:${escapeText(calendar.name)}`);
  const hours = calendar.refreshHours;
  if (hours !== undefined && Number.isInteger(hours) && hours > 0) lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${hours}H`, `X-PUBLISHED-TTL:PT${hours}H`);
  for (const event of calendar.events) lines.push(...eventLines(event, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A link target that downloads the file: no object URL to revoke, survives re-renders. */
export function icsDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}
