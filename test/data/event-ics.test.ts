import { expect } from '@open-wc/testing';
import { eventsCalendar, eventUid, toIcsEvent, type EventIcsContext } from '../../src/data/event-ics.js';
import { timeEvents } from '../../src/data/event-time.js';
import type { PlanEvent } from '../../src/data/schema.js';
import { readIcs } from './ical.js';

/** Words of no language, so the test sees that every word comes from the caller. */
const ctx: EventIcsContext = {
  regionId: 'testov',
  words: { cancelledNote: 'NOTE', online: 'ONLINE', registration: 'REG', documents: 'DOCS', calendarCancelled: 'XX' },
  typeLabel: (code) => `type:${code}`,
  base: 'https://kpss.example/regions/testov.json',
};

const meeting = (extra: Partial<PlanEvent> = {}): PlanEvent =>
  ({ id: 'ps 1/a', title: 'Pracovní skupina', type: 'pracovni-skupina', start: '2026-12-09T14:00', ...extra }) as PlanEvent;

const timed = (event: PlanEvent) => timeEvents([event]).items[0]!;

describe('a meeting as an iCalendar event (data/event-ics.ts)', () => {
  it('has a UID stable for the region and the event id, URL-encoded', () => {
    expect(eventUid({ id: 'ps 1/a' }, 'testov')).to.equal('ps%201%2Fa@testov.kpss-events');
    expect(toIcsEvent(timed(meeting()), ctx).uid).to.equal('ps%201%2Fa@testov.kpss-events');
  });

  it('takes every word from the caller, and resolves relative links against the data file', () => {
    const event = toIcsEvent(
      timed(meeting({ online: './pripojit', registrationUrl: '/prihlaska', documents: [{ title: 'Zápis', url: 'zapis.pdf' }, { title: 'Pozvánka', url: './pozvanka.pdf' }] })),
      ctx,
    );
    expect(event.categories).to.deep.equal(['type:pracovni-skupina']);
    expect(event.url).to.equal('https://kpss.example/regions/pripojit');
    expect(event.description).to.equal('ONLINE: https://kpss.example/regions/pripojit\n\nREG: https://kpss.example/prihlaska\n\nDOCS:\nPozvánka: https://kpss.example/regions/pozvanka.pdf');
    expect(event.status).to.equal('CONFIRMED');
  });

  it('a cancelled meeting: CANCELLED, the caller\'s word before the title, no online or registration link', () => {
    const event = toIcsEvent(timed(meeting({ cancelled: true, online: 'https://meet.example/x', registrationUrl: 'https://example.org/r' })), ctx);
    expect(event).to.include({ summary: 'XX: Pracovní skupina', status: 'CANCELLED', description: 'NOTE', url: undefined });
  });

  it('writes a named calendar with a refresh interval that ical.js reads', () => {
    const text = eventsCalendar([timed(meeting()), timed(meeting({ id: 'den', start: '2026-12-10', cancelled: true }))], {
      ...ctx,
      prodId: '-//test//CS',
      stamp: new Date('2026-12-01T08:00:00Z'),
      name: 'Setkání – Testovsko',
      refreshHours: 6,
    });
    expect(text).to.contain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\n');
    const read = readIcs(text);
    expect(read.name).to.equal('Setkání – Testovsko');
    expect(read.events.map((e) => [e.uid, e.status, e.start])).to.deep.equal([
      ['ps%201%2Fa@testov.kpss-events', 'CONFIRMED', '2026-12-09T13:00:00.000Z'],
      ['den@testov.kpss-events', 'CANCELLED', '2026-12-10'],
    ]);
  });
});
