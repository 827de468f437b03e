import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpssEvents } from '../../../src/components/events/events.js';
import { define } from '../../../src/define.js';
import { makeRegion } from '../../fixtures/region.js';
import { json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';
import { expectRfcFraming, icsOfHref, readIcs } from '../../data/ical.js';
import { LONG_CZECH, NOW, PAST_IDS, UPCOMING_IDS, makeEventsRegion } from './fixtures.js';

define('kpss-events', KpssEvents);

const root = (el: KpssEvents) => el.shadowRoot!;
const ids = (el: Element | ShadowRoot, scope = '') => [...el.querySelectorAll<HTMLElement>(`${scope} [part="event"]`)].map((e) => e.dataset.id);
const item = (el: KpssEvents, id: string) => root(el).querySelector<HTMLElement>(`[part="event"][data-id="${id}"]`)!;
const flat = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tick = () => new Promise((r) => setTimeout(r));

/** `attrs` as written in HTML (`limit="2" variant="compact"`); the clock is set before the first render. */
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

describe('<kpss-events>', () => {
  let stub: FetchStub;
  let warn: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    stub = stubFetch({
      '/events.json': () => json(makeEventsRegion()),
      '/none.json': () => json({ ...makeEventsRegion(), events: [] }),
      '/lonely.json': () => {
        const { coordinator: _unused, ...region } = makeRegion().region;
        return json({ ...makeRegion(), region, events: [] });
      },
      '/pending.json': () => new Promise<Response>(() => {}),
    });
    warn = [];
    console.warn = (...args: unknown[]) => warn.push(args);
  });
  afterEach(() => {
    stub.restore();
    console.warn = originalWarn;
  });

  describe('states, each accessible', () => {
    it('is defined and accessible with its list', async () => {
      expect(customElements.get('kpss-events')).to.equal(KpssEvents);
      const el = await render();
      expect(textOf(el)).to.contain('Testovsko: setkání komunitního plánování');
      expect(root(el).querySelector('h3')!.textContent).to.equal('Nadcházející setkání');
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const el = await fixture<KpssEvents>(html`<kpss-events src="/pending.json"></kpss-events>`);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Načítám');
      await expect(el).to.be.accessible();
    });

    it('shows an accessible error box for a missing file', async () => {
      const originalError = console.error;
      console.error = () => {};
      try {
        const el = await render('', NOW, '/missing.json');
        expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('na této adrese není (chyba 404)');
        await expect(el).to.be.accessible();
      } finally {
        console.error = originalError;
      }
    });

    it('says when nothing is planned and points to the coordinator, accessibly', async () => {
      const el = await render('', new Date('2028-01-01T12:00:00+01:00'));
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(flat(empty)).to.contain('Teď není naplánované žádné setkání.');
      expect(flat(empty)).to.contain('Jana Koordinátorová, Město Klatovy');
      expect(empty.querySelector('a[href="tel:+420376000000"]')).to.exist;
      expect(empty.querySelector('a[href="mailto:kpss@klatovy.example"]')).to.exist;
      expect(ids(root(el)), 'the past is still there').to.have.length(8);
      await expect(el).to.be.accessible();
    });

    it('says so when a region has no meetings and no coordinator', async () => {
      const el = await render('', NOW, '/lonely.json');
      expect(flat(root(el).querySelector('[part="empty"]'))).to.contain('Termíny dalších setkání zveřejníme');
      expect(root(el).querySelector('.past')).to.equal(null);
      await expect(el).to.be.accessible();
      const none = await render('variant="compact"', NOW, '/none.json');
      expect(flat(root(none).querySelector('[part="empty"]'))).to.contain('Teď není naplánované žádné setkání.');
      await expect(none).to.be.accessible();
    });
  });

  describe('upcoming and past around a fixed now', () => {
    it('lists upcoming soonest first (in progress included) and past newest first, collapsed', async () => {
      const el = await render();
      expect(ids(root(el), '.upcoming')).to.deep.equal(UPCOMING_IDS);
      expect(ids(root(el), '.past')).to.deep.equal(PAST_IDS);
      const details = root(el).querySelector<HTMLDetailsElement>('.past details')!;
      expect(details.open).to.be.false;
      expect(details.querySelector('summary')!.textContent).to.equal('Zobrazit 2 proběhlá setkání a dokumenty');
    });

    it('marks the meeting in progress, today and tomorrow, judged in Prague', async () => {
      const el = await render();
      expect(flat(item(el, 'ks-probiha').querySelector('[part="relative"]'))).to.equal('Právě probíhá');
      expect(flat(item(el, 'ps-seniori-2026-12').querySelector('[part="relative"]'))).to.equal('Dnes');
      expect(flat(item(el, 'vs-noc').querySelector('[part="relative"]'))).to.equal('Zítra');
      // 23:30 UTC is already 4 December in Prague.
      el.now = new Date('2026-12-03T23:30:00Z');
      await el.updateComplete;
      expect(ids(root(el), '.upcoming')[0]).to.equal('vs-noc');
      expect(flat(item(el, 'vs-noc').querySelector('[part="relative"]'))).to.equal('Dnes');
      expect(ids(root(el), '.past').slice(0, 2)).to.deep.equal(['ps-seniori-2026-12', 'ks-probiha']);
    });

    it('keeps a meeting across midnight upcoming until it ends', async () => {
      const el = await render('', new Date('2026-12-05T01:00:00+01:00'));
      expect(ids(root(el), '.upcoming')[0]).to.equal('vs-noc');
      expect(flat(item(el, 'vs-noc').querySelector('[part="relative"]'))).to.equal('Právě probíhá');
      el.now = new Date('2026-12-05T02:00:00+01:00');
      await el.updateComplete;
      expect(ids(root(el), '.upcoming')).not.to.include('vs-noc');
      expect(ids(root(el), '.past')[0]).to.equal('vs-noc');
    });

    it('keeps an all-day meeting upcoming until Prague midnight', async () => {
      const el = await render('', new Date('2026-12-10T23:59:00+01:00'));
      expect(ids(root(el), '.upcoming')[0]).to.equal('den-sluzeb');
      expect(flat(item(el, 'den-sluzeb').querySelector('[part="relative"]'))).to.equal('Právě probíhá');
      el.now = new Date('2026-12-11T00:00:00+01:00');
      await el.updateComplete;
      expect(ids(root(el), '.upcoming')[0]).to.equal('seminar-2027-02');
    });

    it('show-past="all" lists the past open, show-past="none" leaves it out', async () => {
      const all = await render('show-past="all"');
      expect(root(all).querySelector('.past details')).to.equal(null);
      expect(ids(root(all), '.past')).to.deep.equal(PAST_IDS);
      await expect(all).to.be.accessible();
      const none = await render('show-past="none"');
      expect(root(none).querySelector('.past')).to.equal(null);
      expect(textOf(none)).not.to.contain('Proběhlá setkání');
    });

    it('skips a meeting with an impossible date and warns once, naming it', async () => {
      stub.restore();
      const file = makeEventsRegion();
      file.events[3]!.start = '2026-02-30T14:00:00';
      stub = stubFetch({ '/bad.json': () => json(file) });
      const el = await render('', NOW, '/bad.json');
      expect(ids(root(el))).not.to.include('ps-seniori-2026-12');
      expect(ids(root(el))).to.have.length(7);
      // The file's rules skip it (as `kpss validate` reports it), worded once the words are loaded.
      await waitUntil(() => warn.length > 0);
      expect(warn).to.have.length(1);
      expect(String(warn[0]![0])).to.contain('events[3].start: "2026-02-30T14:00:00" is not a real date: February 2026 has 28 days');
    });
  });

  describe('each meeting', () => {
    it('shows Czech dates and times in time elements with machine-readable datetimes', async () => {
      const el = await render();
      const when = (id: string) => flat(item(el, id).querySelector('.when'));
      expect(when('ps-seniori-2026-12')).to.equal('čtvrtek 3. prosince 2026, 14:00–16:00');
      expect(when('vs-noc')).to.equal('pátek 4. prosince 2026, 22:00 – sobota 5. prosince 2026, 2:00');
      expect(when('den-sluzeb')).to.equal('čtvrtek 10. prosince 2026, celý den');
      expect(when('seminar-2027-02')).to.equal('úterý 16. února 2027, 9:00 – středa 17. února 2027, 15:00');
      expect(when('ps-zruseno'), 'no offset means Prague time').to.equal('středa 9. prosince 2026, 13:00–15:00');
      const times = [...item(el, 'ps-seniori-2026-12').querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2026-12-03T14:00+01:00', '2026-12-03T16:00+01:00']);
      expect(item(el, 'den-sluzeb').querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-10');
    });

    it('has a type badge, a heading per meeting and the description as text', async () => {
      const el = await render();
      const li = item(el, 'ps-seniori-2026-12');
      expect(li.querySelector('h4')!.textContent).to.equal('Pracovní skupina Senioři');
      expect(flat(li.querySelector('[part="badge"]'))).to.equal('Druh setkání: Pracovní skupina');
      expect(li.querySelector('.description')!.textContent).to.equal('Potřeby seniorů v menších obcích.\nDostupnost pečovatelské služby o víkendech.');
    });

    it('shows the place with a map link (coordinates, else the address), and the online link only if http(s)', async () => {
      const el = await render();
      const seniori = item(el, 'ps-seniori-2026-12');
      expect(flat(seniori)).to.contain('Sociální služby města Klatovy, klubovna Vídeňská 66, 339 01 Klatovy');
      expect(seniori.querySelector<HTMLAnchorElement>('a.map-link')!.href).to.equal(
        'https://www.openstreetmap.org/?mlat=49.39707&mlon=13.29052#map=17/49.39707/13.29052',
      );
      expect(seniori.querySelector<HTMLAnchorElement>('a[href="https://meet.example/kpss-seniori"]')!.textContent).to.contain('Připojit se online');
      const address = item(el, 'ks-probiha').querySelector<HTMLAnchorElement>('a.map-link')!;
      expect(address.href).to.equal('https://www.openstreetmap.org/search?query=Pra%C5%BEsk%C3%A1%20118%2C%20339%2001%20Klatovy');
      const phone = item(el, 'vs-noc');
      expect(flat(phone)).to.contain('Online Telefonem na čísle 376 000 111');
      expect(phone.querySelector('a[href^="Telefonem"]')).to.equal(null);
    });

    it('offers past minutes and documents as links with their file type; other schemes stay text', async () => {
      const el = await render();
      const past = item(el, 'rs-2026-03');
      const docs = [...past.querySelectorAll('.docs li')].map(flat);
      expect(docs).to.deep.equal(['Zápis – Řídící skupina KPSS (PDF)', 'Harmonogram – Řídící skupina KPSS (DOCX)', 'Zlý odkaz']);
      const hrefs = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.some((h) => /^javascript:/i.test(h))).to.be.false;
      expect(past.querySelector('a.calendar'), 'no calendar file for a past meeting').to.equal(null);
    });

    it('resolves relative links against the data file, not the page', async () => {
      stub.restore();
      const file = makeEventsRegion();
      file.events[0]!.documents = [
        { title: 'Zápis', url: './zapisy/rs-2026-03.pdf' },
        { title: 'Prezentace', url: '/prezentace.pptx' },
        { title: 'Poznámka', url: 'zeptejte se koordinátorky' },
      ];
      stub = stubFetch({ '/kpss/region.json': () => json(file) });
      const el = await render('show-past="all"', NOW, 'https://data.example/kpss/region.json');
      const links = [...item(el, 'rs-2026-03').querySelectorAll<HTMLAnchorElement>('.docs a')].map((a) => a.href);
      expect(links).to.deep.equal(['https://data.example/kpss/zapisy/rs-2026-03.pdf', 'https://data.example/prezentace.pptx']);
      expect(flat(item(el, 'rs-2026-03').querySelector('.docs'))).to.contain('Poznámka');
    });

    it('shows a cancelled meeting clearly in words, without join or registration links', async () => {
      const el = await render();
      const li = item(el, 'ps-zruseno');
      const title = li.querySelector('h4')!;
      expect(flat(title)).to.equal('✕ Zrušeno: Pracovní skupina Rodina');
      const label = title.querySelector('[part="cancelled"]')!;
      expect(getComputedStyle(label).display).not.to.equal('none');
      expect(label.closest('.visually-hidden')).to.equal(null);
      expect(flat(li)).to.contain('Setkání se nekoná.');
      expect(li.querySelector('a[href="https://meet.example/kpss-rodina"]')).to.equal(null);
      expect(li.querySelector('a.register')).to.equal(null);
      expect(li.querySelector('[part="relative"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('never renders data as HTML', async () => {
      stub.restore();
      const file = makeEventsRegion();
      file.events[3]!.title = '<img src=x onerror="window.__kpssXss=1">';
      file.events[3]!.description = '<b>tučně</b>';
      stub = stubFetch({ '/xss.json': () => json(file) });
      const el = await render('', NOW, '/xss.json');
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(flat(item(el, 'ps-seniori-2026-12'))).to.contain('<img src=x onerror=');
      expect((window as { __kpssXss?: number }).__kpssXss).to.equal(undefined);
    });

    it('follows heading-level', async () => {
      const el = await render('heading-level="2"');
      expect(root(el).querySelector('.section-title')!.localName).to.equal('h2');
      expect(item(el, 'ks-probiha').querySelector('.event-title')!.localName).to.equal('h3');
    });

    it('speaks English with lang="en"', async () => {
      const el = await render('lang="en"');
      expect(textOf(el)).to.contain('Upcoming meetings');
      expect(flat(item(el, 'ps-zruseno').querySelector('h4'))).to.equal('✕ Cancelled: Pracovní skupina Rodina');
      expect(flat(item(el, 'ps-seniori-2026-12').querySelector('.when'))).to.equal('Thursday, December 3, 2026, 2:00 PM–4:00 PM');
    });
  });

  describe('filters', () => {
    it('types shows only the listed kinds and ignores unknown codes with a warning', async () => {
      const el = await render('types="pracovni-skupina, kulaty-stul, schuze"');
      expect(ids(root(el), '.upcoming')).to.deep.equal(['ks-probiha', 'ps-seniori-2026-12', 'ps-zruseno']);
      expect(ids(root(el), '.past')).to.deep.equal([]);
      expect(String(warn[0]![0])).to.contain('unknown event types in the types attribute: schuze');
      const one = await render('types="ridici-skupina"');
      expect(ids(root(one), '.upcoming')).to.deep.equal([]);
      expect(ids(root(one), '.past')).to.deep.equal(['rs-2026-03']);
      expect(root(one).querySelector('select'), 'no kind select for a single kind').to.equal(null);
    });

    it('limit shows the next N and says how many more are planned', async () => {
      const el = await render('limit="2" more-url="https://www.klatovy.example/setkani"');
      expect(ids(root(el), '.upcoming')).to.deep.equal(UPCOMING_IDS.slice(0, 2));
      const more = root(el).querySelector('.more')!;
      expect(flat(more)).to.equal('Naplánována jsou ještě 4 další setkání. Všechna setkání');
      expect(more.querySelector('a')!.getAttribute('href')).to.equal('https://www.klatovy.example/setkani');
      const all = readIcs(icsOfHref(root(el).querySelector('.calendar-all a')!.getAttribute('href')));
      expect(all.events, 'the whole-list file has every upcoming meeting').to.have.length(6);
      const bad = await render('limit="abc"');
      expect(ids(root(bad), '.upcoming')).to.have.length(6);
    });

    it('filters by kind from the keyboard and announces the counts', async () => {
      const el = await render();
      const select = root(el).querySelector<HTMLSelectElement>('#type')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'verejne-setkani', 'kulaty-stul', 'pracovni-skupina', 'ridici-skupina', 'seminar', 'jine']);
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(select.value).to.equal('verejne-setkani');
      expect(ids(root(el), '.upcoming')).to.deep.equal(['vs-noc']);
      expect(ids(root(el), '.past')).to.deep.equal(['vs-2026-11']);
      expect(root(el).querySelector('[aria-live="polite"]')!.textContent).to.equal('Nadcházející setkání: 1. Proběhlá setkání: 1.');
      select.value = 'seminar';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(ids(root(el), '.upcoming')).to.deep.equal(['seminar-2027-02']);
      select.value = 'ridici-skupina';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(flat(root(el).querySelector('[part="empty"]'))).to.contain('Žádné setkání tohoto druhu teď není naplánované.');
      await expect(el).to.be.accessible();
    });

    it('opens the past meetings from the keyboard', async () => {
      const el = await render();
      const summary = root(el).querySelector<HTMLElement>('.past summary')!;
      summary.focus();
      expect(root(el).activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await tick();
      expect(root(el).querySelector<HTMLDetailsElement>('.past details')!.open).to.be.true;
      await sendKeys({ press: 'Tab' });
      const details = root(el).querySelector('.past details')!;
      expect(details.querySelector('ul')!.contains(root(el).activeElement), 'Tab goes into the past meetings').to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('compact variant', () => {
    it('shows the next three meetings, one line each, with calendar and more links, accessibly', async () => {
      const el = await render('variant="compact" more-url="/setkani.html"');
      const lines = [...root(el).querySelectorAll('.compact-list > li')];
      expect(lines.map((l) => (l as HTMLElement).dataset.id)).to.deep.equal(UPCOMING_IDS.slice(0, 3));
      expect(flat(lines[0]!)).to.equal('čt 3. prosince, 9:00–12:00 Právě probíhá: Kulatý stůl: dostupné bydlení, Pražská 118, 339 01 Klatovy');
      expect(flat(lines[1]!)).to.equal('čt 3. prosince, 14:00–16:00 Dnes: Pracovní skupina Senioři, Sociální služby města Klatovy, klubovna');
      expect(root(el).querySelector('h3, h4, .intro, .past, .description, select')).to.equal(null);
      expect(root(el).querySelector('.more-link')!.getAttribute('href')).to.equal(new URL('/setkani.html', document.baseURI).href);
      const all = readIcs(icsOfHref(root(el).querySelector('.calendar-all a')!.getAttribute('href')));
      expect(all.events).to.have.length(6);
      await expect(el).to.be.accessible();
    });

    it('labels a cancelled meeting in words and follows limit', async () => {
      const el = await render('variant="compact" limit="4"');
      const lines = [...root(el).querySelectorAll<HTMLElement>('.compact-list > li')];
      expect(lines).to.have.length(4);
      expect(flat(lines[3]!)).to.equal('st 9. prosince, 13:00–15:00 Zrušeno: Pracovní skupina Rodina, Klub Kompas');
      await expect(el).to.be.accessible();
    });
  });
});

describe('<kpss-events> with the demo regions', () => {
  for (const region of ['klatovsko', 'susicko', 'vimpersko']) {
    it(`renders demo/data/${region}.json accessibly, full and compact, without warnings`, async () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        for (const attrs of ['', 'variant="compact"', 'show-past="all"']) {
          const el = await render(attrs, new Date('2026-11-23T15:00:00+01:00'), `/demo/data/${region}.json`);
          expect(root(el).querySelector('[role="alert"]')).to.equal(null);
          expect(ids(root(el)).length).to.be.greaterThan(0);
          await expect(el).to.be.accessible();
        }
        expect(warnings).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  }
});
