/**
 * `GET /regions/{id}/events.ics` (server/events-feed.ts): the region's
 * meetings as a calendar feed, read back with ical.js (Thunderbird's parser).
 * Every meeting of the demo region is there with the UID of the widget's own
 * download; a cancelled one is CANCELLED; an edit of the file shows; polls are
 * cheap (ETag, Last-Modified, 304); an unknown region is the API's 404.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { RegionRegistry } from '../../server/regions.js';
import { FEED_MAX_AGE } from '../../server/events-feed.js';
import { eventCalendarLink } from '../../src/components/events/calendar.js';
import { events as csEvents } from '../../src/l10n/cs/events.js';
import { timeEvents } from '../../src/data/event-time.js';
import type { PlanEvent } from '../../src/data/schema.js';
import { regionDir, regionFile, tempDir, testApp, type TempDir, type TestApp } from './helpers.js';

const DEMO = fileURLToPath(new URL('../../demo/data/klatovsko.json', import.meta.url));
type Json = Record<string, any>;
const demo = (): Json => JSON.parse(readFileSync(DEMO, 'utf8'));

interface Read {
  uid: string;
  summary: string;
  status: string | null;
  /** ISO instant, or `YYYY-MM-DD` for an all-day meeting. */
  start: string;
  allDay: boolean;
}

function readFeed(text: string): { name: string | null; events: Read[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    const status = vevent.getFirstPropertyValue('status');
    return {
      uid: event.uid,
      summary: event.summary,
      status: status === null || status === undefined ? null : String(status),
      start: start.isDate ? start.toString() : start.toJSDate().toISOString(),
      allDay: start.isDate,
    };
  });
  return { name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null, events };
}

/** RFC 5545 framing ical.js forgives: CRLF everywhere, at most 75 octets a line. */
function assertFraming(text: string): void {
  assert.ok(text.endsWith('\r\n'));
  assert.equal(/\r(?!\n)|(?<!\r)\n/.test(text), false, 'no bare CR or LF');
  for (const line of text.slice(0, -2).split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `at most 75 octets: ${line}`);
}

/** What the file says a meeting's start is, read independently of the project's code. */
function expectedStart(start: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(start)) return start;
  assert.match(start, /(Z|[+-]\d{2}:\d{2})$/, 'the demo writes its times with an offset');
  return new Date(start).toISOString();
}

/** A change the registry notices at once: a new size and a later mtime. */
function rewrite(file: string, json: unknown, seconds: number): void {
  writeFileSync(file, JSON.stringify(json));
  const at = new Date(Date.now() + seconds * 1000);
  utimesSync(file, at, at);
}

describe('GET /regions/{id}/events.ics', () => {
  let t: TestApp;
  let dir: TempDir;
  let data: string;
  before(async () => {
    // The demo region beside the fixture regions, in a folder of its own so the test can edit it.
    dir = tempDir();
    data = regionDir(dir.dir);
    copyFileSync(DEMO, join(data, 'klatovsko.json'));
    t = await testApp({ regions: new RegionRegistry(data, { refreshMs: 0, warn: () => {} }) });
  });
  after(async () => {
    await t.close();
    dir.cleanup();
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  test('every meeting of the demo region, with its UID, title and start; the region in the calendar name', async () => {
    const res = await get('/regions/klatovsko/events.ics', { origin: 'https://www.klatovy.example' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['cache-control'], `public, max-age=${FEED_MAX_AGE}`);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assertFraming(res.body);
    const feed = readFeed(res.body);
    assert.equal(feed.name, 'Setkání komunitního plánování – Klatovsko');
    const file = demo().events as Json[];
    assert.equal(feed.events.length, file.length, 'every meeting of the file');
    assert.ok(file.some((e) => e.cancelled), 'the demo has a cancelled meeting');
    for (const meeting of file) {
      const read = feed.events.find((e) => e.uid === `${encodeURIComponent(meeting.id)}@klatovsko.kpss-events`);
      assert.ok(read, `meeting ${meeting.id} is in the feed`);
      assert.equal(read.summary, meeting.cancelled ? `ZRUŠENO: ${meeting.title}` : meeting.title);
      assert.equal(read.start, expectedStart(meeting.start), `start of ${meeting.id}`);
      assert.equal(read.status, meeting.cancelled ? 'CANCELLED' : 'CONFIRMED', `status of ${meeting.id}`);
    }
  });

  test('the UIDs are the ones of the widget\'s per-meeting download, so a calendar with both shows a meeting once', async () => {
    const feed = readFeed((await get('/regions/klatovsko/events.ics')).body);
    const region = demo();
    const { items } = timeEvents(region.events as PlanEvent[]);
    const ctx = { regionId: region.region.id, regionName: region.region.name, locale: 'cs' as const, s: csEvents, now: new Date() };
    for (const item of items) {
      const href = eventCalendarLink(item, ctx).href;
      const downloaded = readFeed(decodeURIComponent(href.slice(href.indexOf(',') + 1))).events[0]!;
      const inFeed = feed.events.find((e) => e.uid === downloaded.uid);
      assert.ok(inFeed, `the download's UID ${downloaded.uid} is in the feed`);
      assert.deepEqual(inFeed, downloaded, 'the same meeting in both');
    }
  });

  test('the same file gives the same feed: UIDs, body and ETag; a poll with the ETag or the date is a 304', async () => {
    const first = await get('/regions/klatovsko/events.ics');
    const second = await get('/regions/klatovsko/events.ics');
    assert.equal(second.body, first.body);
    assert.deepEqual(readFeed(second.body).events.map((e) => e.uid), readFeed(first.body).events.map((e) => e.uid));
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(second.headers.etag, etag);
    const modified = String(first.headers['last-modified']);
    assert.ok(Number.isFinite(Date.parse(modified)), 'a Last-Modified date');

    const byTag = await get('/regions/klatovsko/events.ics', { 'if-none-match': etag });
    assert.equal(byTag.statusCode, 304);
    assert.equal(byTag.body, '');
    assert.equal(byTag.headers.etag, etag);
    assert.equal(byTag.headers['access-control-allow-origin'], '*');
    assert.equal((await get('/regions/klatovsko/events.ics', { 'if-none-match': `W/${etag}` })).statusCode, 304, 'a weak tag compares alike');
    assert.equal((await get('/regions/klatovsko/events.ics', { 'if-modified-since': modified })).statusCode, 304);
    const earlier = new Date(Date.parse(modified) - 1000).toUTCString();
    assert.equal((await get('/regions/klatovsko/events.ics', { 'if-modified-since': earlier })).statusCode, 200);
    // If-None-Match wins over the date (RFC 9110): another tag is a full answer.
    assert.equal((await get('/regions/klatovsko/events.ics', { 'if-none-match': '"jiny"', 'if-modified-since': modified })).statusCode, 200);
  });

  test('compressed when the client accepts it', async () => {
    const res = await get('/regions/klatovsko/events.ics', { 'accept-encoding': 'gzip' });
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.match(gunzipSync(res.rawPayload).toString('utf8'), /^BEGIN:VCALENDAR\r\n/);
  });

  test('an edit of the region file shows in the feed: a new meeting appears, the ETag changes', async () => {
    const before = await get('/regions/klatovsko/events.ics');
    const file = join(data, 'klatovsko.json');
    const region = demo();
    region.events.push({
      id: 'vs-nove-2027-04',
      title: 'Veřejné setkání: co jsme za rok udělali',
      type: 'verejne-setkani',
      start: '2027-04-14T17:00:00+02:00',
      end: '2027-04-14T18:30:00+02:00',
    });
    rewrite(file, region, 10);
    const after = await get('/regions/klatovsko/events.ics', { 'if-none-match': String(before.headers.etag) });
    assert.equal(after.statusCode, 200, 'the old ETag no longer matches');
    assert.notEqual(after.headers.etag, before.headers.etag);
    const feed = readFeed(after.body);
    assert.equal(feed.events.length, region.events.length);
    assert.deepEqual(feed.events.find((e) => e.uid === 'vs-nove-2027-04@klatovsko.kpss-events'), {
      uid: 'vs-nove-2027-04@klatovsko.kpss-events',
      summary: 'Veřejné setkání: co jsme za rok udělali',
      status: 'CONFIRMED',
      start: '2027-04-14T15:00:00.000Z',
      allDay: false,
    });
  });

  test('a meeting cancelled in a file is STATUS:CANCELLED, and says so in its title', async () => {
    const file = join(data, 'testovsko.json');
    const events = [
      { id: 'ps-1', title: 'Pracovní skupina Senioři', type: 'pracovni-skupina', start: '2026-12-09T14:00' },
      { id: 'ks-1', title: 'Kulatý stůl; bydlení, dluhy', type: 'kulaty-stul', start: '2026-12-16', cancelled: true },
    ];
    rewrite(file, { ...regionFile(), events }, 20);
    const res = await get('/regions/testovsko/events.ics');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /\r\nSTATUS:CANCELLED\r\n/);
    const feed = readFeed(res.body);
    assert.equal(feed.name, 'Setkání komunitního plánování – Testovsko');
    assert.deepEqual(feed.events, [
      { uid: 'ps-1@testovsko.kpss-events', summary: 'Pracovní skupina Senioři', status: 'CONFIRMED', start: '2026-12-09T13:00:00.000Z', allDay: false },
      { uid: 'ks-1@testovsko.kpss-events', summary: 'ZRUŠENO: Kulatý stůl; bydlení, dluhy', status: 'CANCELLED', start: '2026-12-16', allDay: true },
    ]);
  });

  test('a region without meetings is an empty but valid calendar', async () => {
    const res = await get('/regions/bezobdobi/events.ics');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(readFeed(res.body).events, []);
  });

  test('an unknown region is the API\'s 404 in JSON, in Czech or English', async () => {
    for (const url of ['/regions/neznamo/events.ics', '/regions/Klatovsko/events.ics', '/regions/..%2Fklatovsko/events.ics']) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.equal(res.json().error.code, 'unknown-region', url);
    }
    const cs = (await get('/regions/neznamo/events.ics')).json();
    assert.equal(cs.error.message, 'Region „neznamo" neexistuje.');
    const en = (await get('/regions/neznamo/events.ics', { 'accept-language': 'en' })).json();
    assert.equal(en.error.message, 'There is no region "neznamo".');
  });
});
