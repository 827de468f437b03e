/**
 * The region's meetings as iCalendar files the widget offers for download: one
 * per meeting and one for all upcoming ones. The mapping and the writer are
 * data/event-ics.ts and data/ics.ts, shared with the server's feed.
 */
import type { PlanEvent } from '../../data/schema.js';
import type { Locale } from '../../data/taxonomy.js';
import type { Strings } from '../../l10n/cs.js';
import { label } from '../../l10n/labels.js';
import { VERSION } from '../../version.js';
import type { Timed } from '../../data/event-time.js';
import { eventsCalendar } from '../../data/event-ics.js';
import { icsDataUrl } from '../../data/ics.js';

export interface CalendarContext {
  readonly regionId: string;
  readonly regionName: string;
  readonly locale: Locale;
  readonly s: Strings['events'];
  /** DTSTAMP: when the file is made (the widget's clock). */
  readonly now: Date;
  /** The data file's address, for relative links in it. */
  readonly base?: string | undefined;
}

function prodId(locale: Locale): string {
  return `-//kpss-widgets//kpss-events ${VERSION}//${locale.toUpperCase()}`;
}

export function calendarFor(items: readonly Timed<PlanEvent>[], ctx: CalendarContext, name?: string): string {
  return eventsCalendar(items, {
    prodId: prodId(ctx.locale),
    stamp: ctx.now,
    name,
    regionId: ctx.regionId,
    words: ctx.s,
    typeLabel: (code) => label('eventTypes', code, ctx.locale),
    base: ctx.base,
  });
}

/** A safe file name: ASCII letters, digits and dashes. */
export function fileName(base: string): string {
  const ascii = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${ascii.slice(0, 80) || 'setkani'}.ics`;
}

export interface CalendarLink {
  readonly href: string;
  readonly download: string;
}

export function eventCalendarLink(item: Timed<PlanEvent>, ctx: CalendarContext): CalendarLink {
  return { href: icsDataUrl(calendarFor([item], ctx)), download: fileName(item.event.id) };
}

export function listCalendarLink(items: readonly Timed<PlanEvent>[], ctx: CalendarContext): CalendarLink {
  return {
    href: icsDataUrl(calendarFor(items, ctx, ctx.s.calendarName(ctx.regionName))),
    download: fileName(`${ctx.regionId}-${ctx.s.calendarFile}`),
  };
}
