/** Reads .ics text back with ical.js (Thunderbird's parser) and checks the RFC 5545 framing ical.js forgives. */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';

export interface ReadEvent {
  readonly uid: string;
  readonly summary: string;
  readonly location: string | null;
  readonly description: string | null;
  readonly status: string | null;
  readonly url: string | null;
  readonly categories: string[];
  readonly allDay: boolean;
  /** ISO instant for timed events, `YYYY-MM-DD` for all-day ones. */
  readonly start: string;
  readonly end: string | null;
  readonly dtstamp: string;
}

const timeOf = (t: InstanceType<typeof ICAL.Time>) => (t.isDate ? t.toString() : t.toJSDate().toISOString());

/** Every physical line ends in CRLF, is at most 75 octets, and no character is cut in half. */
export function expectRfcFraming(text: string): void {
  expect(text.endsWith('\r\n'), 'ends with CRLF').to.be.true;
  expect(/\r(?!\n)|(?<!\r)\n/.test(text), 'no bare CR or LF').to.be.false;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of text.slice(0, -2).split('\r\n')) {
    const bytes = encoder.encode(line);
    expect(bytes.length, `line of at most 75 octets: ${line}`).to.be.at.most(75);
    // A lone surrogate (half an emoji) would be re-encoded as U+FFFD.
    expect(decoder.decode(bytes), 'whole characters on every line').to.equal(line);
  }
  expect(text).not.to.contain('\uFFFD');
}

export function readIcs(text: string): { name: string | null; prodId: string; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).to.equal('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const end = vevent.hasProperty('dtend') ? event.endDate : null;
    const text = (name: string) => {
      const v = vevent.getFirstPropertyValue(name);
      return v === null || v === undefined ? null : String(v);
    };
    return {
      uid: event.uid,
      summary: event.summary,
      location: text('location'),
      description: text('description'),
      status: text('status'),
      url: text('url'),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      allDay: event.startDate.isDate,
      start: timeOf(event.startDate),
      end: end ? timeOf(end) : null,
      dtstamp: (vevent.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>).toJSDate().toISOString(),
    };
  });
  return { name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null, prodId: String(calendar.getFirstPropertyValue('prodid')), events };
}

/** The text of a `data:` link the widget renders. */
export function icsOfHref(href: string | null): string {
  expect(href, 'a data: URL').to.match(/^data:text\/calendar;charset=utf-8,/);
  return decodeURIComponent(href!.slice(href!.indexOf(',') + 1));
}
