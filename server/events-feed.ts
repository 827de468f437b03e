/**
 * `GET /regions/{regionId}/events.ics`: every meeting of a region as one
 * iCalendar feed residents subscribe to (webcal:), so a new, moved or
 * cancelled meeting reaches their phone's calendar without anyone sending it.
 *
 * Written with the widget's own mapping and writer (src/data/event-ics.ts,
 * src/data/ics.ts), so each meeting has the UID of the widget's .ics download
 * and a calendar with both shows it once. In Czech, as the region files are.
 *
 * Calendar clients poll it (Google every few hours, phones every 15 minutes
 * to a day): the body is made once per version of the file and public base,
 * and a poll with its ETag or date is a bodiless 304.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { timeEvents } from '../src/data/event-time.js';
import { eventsCalendar } from '../src/data/event-ics.js';
import { events as csEvents } from '../src/l10n/cs/events.js';
import { csLabels } from '../src/l10n/cs/labels.js';
import { ApiError } from './errors.js';
import { MSG } from './messages.js';
import type { RegionEntry, RegionLookup } from './regions.js';

/** Short: an edited meeting reaches a client that asks within minutes; a 304 costs nothing. */
export const FEED_MAX_AGE = 300;
/** What the feed asks clients that honour it (RFC 7986, Outlook) to poll at. */
export const FEED_REFRESH_HOURS = 6;

interface Feed {
  readonly entry: RegionEntry;
  readonly base: string;
  readonly body: string;
  readonly etag: string;
  /** HTTP dates have whole seconds. */
  readonly modified: Date;
}

/** `If-None-Match` as publish.ts reads it; passed in to keep the two modules free of a circle. */
type EtagMatch = (header: string | string[] | undefined, etag: string) => boolean;

function buildFeed(entry: RegionEntry, base: string): Feed {
  // The file's time, not the request's: the same file gives the same bytes (and ETag) after a restart.
  const modified = new Date(Math.floor((entry.modifiedMs ?? Date.now()) / 1000) * 1000);
  const { items } = timeEvents(entry.events ?? []);
  const body = eventsCalendar(items, {
    prodId: '-//kpss-widgets//kpss-server//CS',
    stamp: modified,
    name: csEvents.calendarName(entry.name),
    refreshHours: FEED_REFRESH_HOURS,
    regionId: entry.id,
    words: csEvents,
    typeLabel: (code) => csLabels.eventTypes[code],
    // Relative links in the file resolve as they do for a widget reading it from this server.
    base: `${base}/regions/${entry.id}.json`,
  });
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { entry, base, body, etag, modified };
}

/** `If-Modified-Since` at or after the feed's time (only asked when there is no If-None-Match, RFC 9110 §13.1.3). */
function notModifiedSince(header: string | undefined, modified: Date): boolean {
  if (!header) return false;
  const since = Date.parse(header);
  return Number.isFinite(since) && modified.getTime() <= since;
}

export function eventsFeed(regions: RegionLookup, publicBase: (request: FastifyRequest) => string, matchesEtag: EtagMatch) {
  const cache = new Map<string, Feed>();
  return async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    reply.header('access-control-allow-origin', '*');
    const id = request.params.id;
    const entry = /^[a-z0-9-]+$/.test(id) ? regions.find(id) : undefined;
    if (!entry) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(id));
    const base = publicBase(request);
    let feed = cache.get(entry.id);
    // The registry makes a new entry when the file changes: the entry itself is the version.
    if (!feed || feed.entry !== entry || feed.base !== base) {
      feed = buildFeed(entry, base);
      cache.set(entry.id, feed);
    }
    reply
      .header('etag', feed.etag)
      .header('last-modified', feed.modified.toUTCString())
      .header('cache-control', `public, max-age=${FEED_MAX_AGE}`)
      .header('x-content-type-options', 'nosniff')
      .header('vary', 'accept-encoding');
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch ? matchesEtag(ifNoneMatch, feed.etag) : notModifiedSince(request.headers['if-modified-since'], feed.modified)) {
      return reply.code(304).send();
    }
    return reply.type('text/calendar; charset=utf-8').send(feed.body);
  };
}
