/**
 * A region's meetings as iCalendar events: the one mapping the widget's .ics
 * downloads and the server's subscribable feed (`/regions/{id}/events.ics`)
 * share, so a meeting has the same UID, title, times and status in both and a
 * calendar that has the feed and a downloaded file shows it once.
 *
 * No words here (data/ knows none): the caller passes the few it needs from
 * l10n/ (the widget in the page's language, the server in Czech).
 */
import type { PlanEvent } from './schema.js';
import type { EventTypeCode } from './codes.js';
import { addDays, type Timed } from './event-time.js';
import { buildCalendar, type IcsEvent } from './ics.js';
import { dataLink } from './links.js';

/** The words of a meeting's calendar entry (the `events` strings of l10n/ have them all). */
export interface EventIcsWords {
  /** "Setkání se nekoná.": the first line of a cancelled meeting's description. */
  readonly cancelledNote: string;
  readonly online: string;
  readonly registration: string;
  readonly documents: string;
  /** "ZRUŠENO": put before a cancelled meeting's title. */
  readonly calendarCancelled: string;
}

export interface EventIcsContext {
  readonly regionId: string;
  readonly words: EventIcsWords;
  /** The kind of meeting in words (a CATEGORIES value). */
  readonly typeLabel: (code: EventTypeCode) => string;
  /** The data file's address, for relative links in it. */
  readonly base?: string | undefined;
}

/**
 * Stable across downloads, data edits, pages and the feed (event ids are
 * unique in a region file, region ids are unique slugs), so a second import
 * updates the event instead of adding a copy, and a later cancellation replaces it.
 */
export function eventUid(event: Pick<PlanEvent, 'id'>, regionId: string): string {
  return `${encodeURIComponent(event.id)}@${regionId}.kpss-events`;
}

export function placeText(event: PlanEvent, base?: string): string | undefined {
  const parts = [event.location?.name, event.location?.address].map((p) => p?.trim()).filter(Boolean);
  if (parts.length) return parts.join(', ');
  return dataLink(event.online, base);
}

function descriptionText(event: PlanEvent, words: EventIcsWords, base: string | undefined): string | undefined {
  const online = dataLink(event.online, base);
  const registration = dataLink(event.registrationUrl, base);
  const documents = (event.documents ?? []).flatMap((d) => {
    const href = dataLink(d.url, base);
    return href ? [`${d.title}: ${href}`] : [];
  });
  const parts = [
    event.cancelled ? words.cancelledNote : undefined,
    event.description?.trim(),
    online && !event.cancelled ? `${words.online}: ${online}` : undefined,
    registration && !event.cancelled ? `${words.registration}: ${registration}` : undefined,
    documents.length ? `${words.documents}:\n${documents.join('\n')}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

export function toIcsEvent({ event, timing }: Timed<PlanEvent>, ctx: EventIcsContext): IcsEvent {
  const loc = event.location;
  const online = dataLink(event.online, ctx.base);
  return {
    uid: eventUid(event, ctx.regionId),
    start: timing.allDay ? { date: timing.startDate } : { instant: timing.start },
    end: timing.allDay ? { date: addDays(timing.endDate, 1) } : timing.end !== undefined ? { instant: timing.end } : undefined,
    // Many calendars import STATUS:CANCELLED without showing it; the title says it too.
    summary: event.cancelled ? `${ctx.words.calendarCancelled}: ${event.title}` : event.title,
    location: placeText(event, ctx.base),
    geo: loc?.lat !== undefined && loc.lng !== undefined ? { lat: loc.lat, lng: loc.lng } : undefined,
    description: descriptionText(event, ctx.words, ctx.base),
    url: online && !event.cancelled ? online : undefined,
    categories: [ctx.typeLabel(event.type)],
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
  };
}

export interface EventsCalendarOptions extends EventIcsContext {
  readonly prodId: string;
  /** DTSTAMP: when the file is made. */
  readonly stamp: Date;
  /** The calendar's name (X-WR-CALNAME). */
  readonly name?: string | undefined;
  /** A subscribed feed: how often clients fetch it again (hours). */
  readonly refreshHours?: number | undefined;
}

/** The meetings as one iCalendar file. */
export function eventsCalendar(items: readonly Timed<PlanEvent>[], options: EventsCalendarOptions): string {
  return buildCalendar({
    prodId: options.prodId,
    stamp: options.stamp,
    name: options.name,
    refreshHours: options.refreshHours,
    events: items.map((i) => toIcsEvent(i, options)),
  });
}
