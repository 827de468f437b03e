/** `<kpss-events>`: each meeting's calendar file (.ics), read back with ical.js. */
import { fixture, html, expect } from '@open-wc/testing';
import { KpssEvents } from '../../../src/components/events/events.js';
import { define } from '../../../src/define.js';
import { json, settled, stubFetch, type FetchStub } from '../../helpers.js';
import { expectRfcFraming, icsOfHref, readIcs } from '../../data/ical.js';
import { LONG_CZECH, NOW, makeEventsRegion } from './fixtures.js';

define('kpss-events', KpssEvents);

const root = (el: KpssEvents) => el.shadowRoot!;
const item = (el: KpssEvents, id: string) => root(el).querySelector<HTMLElement>(`[part="event"][data-id="${id}"]`)!;
const flat = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(attrs = '', now: Date | undefined = NOW, src = '/events.json'): Promise<KpssEvents> {
  const el = document.createElement('kpss-events') as KpssEvents;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  if (now) el.now = now;
  el.setAttribute('src', src);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

describe('<kpss-events> calendar files', () => {
  let stub: FetchStub;
  beforeEach(() => {
    stub = stubFetch({ '/events.json': () => json(makeEventsRegion()) });
  });
  afterEach(() => stub.restore());

  it('every meeting file parses with ical.js with the right instants, summary, location and status', async () => {
    const el = await render();
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.upcoming [part="event"] a.calendar')];
    expect(links).to.have.length(6);
    const read = new Map<string, ReturnType<typeof readIcs>['events'][number]>();
    for (const link of links) {
      const id = link.closest<HTMLElement>('[part="event"]')!.dataset.id!;
      expect(link.getAttribute('download')).to.equal(`${id}.ics`);
      expect(flat(link)).to.contain('Přidat do kalendáře');
      const text = icsOfHref(link.getAttribute('href'));
      expectRfcFraming(text);
      const { events } = readIcs(text);
      expect(events).to.have.length(1);
      read.set(id, events[0]!);
    }
    expect(read.get('ps-seniori-2026-12')).to.deep.include({
      uid: 'ps-seniori-2026-12@testov.kpss-events',
      summary: 'Pracovní skupina Senioři',
      location: 'Sociální služby města Klatovy, klubovna, Vídeňská 66, 339 01 Klatovy',
      start: '2026-12-03T13:00:00.000Z',
      end: '2026-12-03T15:00:00.000Z',
      status: 'CONFIRMED',
      url: 'https://meet.example/kpss-seniori',
      categories: ['Pracovní skupina'],
      dtstamp: NOW.toISOString(),
    });
    expect(read.get('ps-seniori-2026-12')!.description).to.contain('Online: https://meet.example/kpss-seniori');
    expect(read.get('vs-noc')).to.deep.include({ start: '2026-12-04T21:00:00.000Z', end: '2026-12-05T01:00:00.000Z' });
    expect(read.get('ps-zruseno')).to.deep.include({
      summary: 'ZRUŠENO: Pracovní skupina Rodina',
      status: 'CANCELLED',
      start: '2026-12-09T12:00:00.000Z',
      end: '2026-12-09T14:00:00.000Z',
      url: null,
    });
    expect(read.get('den-sluzeb')).to.deep.include({ allDay: true, start: '2026-12-10', end: '2026-12-11' });
    // Commas, semicolons, quotes, a backslash, newlines and Czech far over 75 octets.
    expect(read.get('seminar-2027-02')).to.deep.include({
      summary: 'Seminář pro poskytovatele, obce; a "vše" ostatní',
      location: `Školicí centrum, 3. patro; ${LONG_CZECH}, Masarykova 404, 339 01 Klatovy`,
      start: '2027-02-16T08:00:00.000Z',
      end: '2027-02-17T14:00:00.000Z',
    });
    expect(read.get('seminar-2027-02')!.description).to.equal(
      `Dvoudenní seminář, řádek 1;\nřádek 2 s \\ lomítkem.\n${LONG_CZECH}\n\nPřihláška: https://example.org/registrace/seminar`,
    );
  });

  it('one file has every upcoming meeting of the shown kinds, in order, with stable UIDs', async () => {
    const el = await render('types="pracovni-skupina,seminar,kulaty-stul"');
    const link = root(el).querySelector<HTMLAnchorElement>('.calendar-all a')!;
    expect(flat(link)).to.equal('Přidat 4 nadcházející setkání do kalendáře (soubor .ics)');
    expect(link.getAttribute('download')).to.equal('testov-setkani.ics');
    const text = icsOfHref(link.getAttribute('href'));
    expectRfcFraming(text);
    const calendar = readIcs(text);
    expect(calendar.name).to.equal('Setkání komunitního plánování – Testovsko');
    expect(calendar.events.map((e) => e.uid)).to.deep.equal([
      'ks-probiha@testov.kpss-events',
      'ps-seniori-2026-12@testov.kpss-events',
      'ps-zruseno@testov.kpss-events',
      'seminar-2027-02@testov.kpss-events',
    ]);
    expect(calendar.events.map((e) => e.status)).to.deep.equal(['CONFIRMED', 'CONFIRMED', 'CANCELLED', 'CONFIRMED']);
    // A later visit makes the same UIDs with a new DTSTAMP.
    el.now = new Date('2026-12-03T11:00:00+01:00');
    await el.updateComplete;
    const again = readIcs(icsOfHref(root(el).querySelector('.calendar-all a')!.getAttribute('href')));
    expect(again.events.map((e) => e.uid)).to.deep.equal(calendar.events.map((e) => e.uid));
    expect(again.events[0]!.dtstamp).to.equal('2026-12-03T10:00:00.000Z');
  });

  it('is reachable by keyboard as a download link', async () => {
    const el = await render();
    const link = item(el, 'ps-seniori-2026-12').querySelector<HTMLAnchorElement>('a.calendar')!;
    link.focus();
    expect(root(el).activeElement).to.equal(link);
    expect(link.hasAttribute('download')).to.be.true;
    expect(link.getAttribute('type')).to.equal('text/calendar');
  });
});
