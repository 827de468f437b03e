/** The region's meetings as iCalendar files: one per meeting and one for all upcoming ones. */
import type { PlanEvent } from '../../data/schema.js';
import type { Locale } from '../../data/taxonomy.js';
import { dataLink } from './links.js';
import type { Strings } from '../../l10n/cs.js';
import { label } from '../../l10n/labels.js';
import { VERSION } from '../../version.js';
import { addDays, type Timed } from './event-time.js';
import { buildCalendar, icsDataUrl, type IcsEvent } from './ics.js';

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

/**
 * Stable across downloads, data edits and pages (event ids are unique in a
 * region file, region ids are unique slugs), so a second import updates the
 * event instead of adding a copy, and a later cancellation replaces it.
 */
export function eventUid(event: Pick<PlanEvent, 'id'>, regionId: string): string {
  return `${encodeURIComponent(event.id)}@${regionId}.kpss-events`;
}

export function placeText(event: PlanEvent, base?: string): string | undefined {
  const parts = [event.location?.name, event.location?.address].map((p) => p?.trim()).filter(Boolean);
  if (parts.length) return parts.join(', ');
  return dataLink(event.online, base);
}

function descriptionText(event: PlanEvent, s: Strings['events'], base: string | undefined): string | undefined {
  const online = dataLink(event.online, base);
  const registration = dataLink(event.registrationUrl, base);
  const documents = (event.documents ?? []).flatMap((d) => {
    const href = dataLink(d.url, base);
    return href ? [`${d.title}: ${href}`] : [];
  });
  const parts = [
    event.cancelled ? s.cancelledNote : undefined,
    event.description?.trim(),
    online && !event.cancelled ? `${s.online}: ${online}` : undefined,
    registration && !event.cancelled ? `${s.registration}: ${registration}` : undefined,
    documents.length ? `${s.documents}:\n${documents.join('\n')}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

export function toIcsEvent({ event, timing }: Timed<PlanEvent>, ctx: CalendarContext): IcsEvent {
  const loc = event.location;
  const online = dataLink(event.online, ctx.base);
  return {
    uid: eventUid(event, ctx.regionId),
    start: timing.allDay ? { date: timing.startDate } : { instant: timing.start },
    end: timing.allDay ? { date: addDays(timing.endDate, 1) } : timing.end !== undefined ? { instant: timing.end } : undefined,
    // Many calendars import STATUS:CANCELLED without showing it; the title says it too.
    summary: event.cancelled ? `${ctx.s.calendarCancelled}: ${event.title}` : event.title,
    location: placeText(event, ctx.base),
    geo: loc?.lat !== undefined && loc.lng !== undefined ? { lat: loc.lat, lng: loc.lng } : undefined,
    description: descriptionText(event, ctx.s, ctx.base),
    url: online && !event.cancelled ? online : undefined,
    categories: [label('eventTypes', event.type, ctx.locale)],
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
  };
}

function prodId(locale: Locale): string {
  return `-//kpss-widgets//kpss-events ${VERSION}//${locale.toUpperCase()}`;
}

export function calendarFor(items: readonly Timed<PlanEvent>[], ctx: CalendarContext, name?: string): string {
  return buildCalendar({ prodId: prodId(ctx.locale), stamp: ctx.now, name, events: items.map((i) => toIcsEvent(i, ctx)) });
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
