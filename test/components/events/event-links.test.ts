/** URL fields with backslashes, tabs or line breaks (read by browsers as another host) as links and in the calendar file. */
import { expect, fixture, html } from '@open-wc/testing';
import { KpssEvents } from '../../../src/components/events/events.js';
import { define } from '../../../src/define.js';
import { json, settled, stubFetch, type FetchStub } from '../../helpers.js';
import { icsOfHref, readIcs } from '../../data/ical.js';
import { NOW, makeEventsRegion } from './fixtures.js';

define('kpss-events', KpssEvents);

const root = (el: KpssEvents) => el.shadowRoot!;
const item = (el: KpssEvents, id: string) => root(el).querySelector<HTMLElement>(`[part="event"][data-id="${id}"]`)!;

async function render(attrs: string, now: Date, src: string): Promise<KpssEvents> {
  const el = document.createElement('kpss-events') as KpssEvents;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  el.now = now;
  el.setAttribute('src', src);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

describe('<kpss-events>: links and calendar URLs', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('a URL with backslashes (/\\host, \\\\host) is no link and no calendar URL; paths and https still are', async () => {
    const file = makeEventsRegion();
    const seniori = file.events.find((e) => e.id === 'ps-seniori-2026-12')!;
    seniori.online = '/\\evil.example/x';
    (seniori as { registrationUrl?: string }).registrationUrl = 'https:\\\\evil.example/prihlaska';
    const noc = file.events.find((e) => e.id === 'vs-noc')! as { online?: string };
    noc.online = '/online/noc';
    file.events[0]!.documents = [
      { title: 'Zápis', url: '\\\\evil.example/zapis.pdf' },
      { title: 'Prezentace', url: '/\\/evil/prezentace.pptx' },
      { title: 'Tab', url: '/\t/evil.example/x.pdf' },
      { title: 'Harmonogram', url: './harmonogram.pdf' },
      { title: 'Web', url: 'https://example.org/kpss/plan.pdf' },
    ];
    stub = stubFetch({ '/kpss/region.json': () => json(file) });
    const el = await render('show-past="all"', NOW, 'https://data.example/kpss/region.json');
    const hrefs = [...root(el).querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
    expect(hrefs.filter((h) => /evil/.test(h)), 'no link to another host').to.deep.equal([]);
    const docs = [...item(el, 'rs-2026-03').querySelectorAll<HTMLAnchorElement>('.docs a')].map((a) => a.href);
    expect(docs).to.deep.equal(['https://data.example/kpss/harmonogram.pdf', 'https://example.org/kpss/plan.pdf']);
    expect(item(el, 'vs-noc').querySelector<HTMLAnchorElement>('a[href="https://data.example/online/noc"]'), 'a path still links').to.exist;
    const ics = (id: string) => readIcs(icsOfHref(item(el, id).querySelector('a.calendar')!.getAttribute('href'))).events[0]!;
    expect(ics('ps-seniori-2026-12').url).to.equal(null);
    expect(ics('vs-noc').url).to.equal('https://data.example/online/noc');
  });
});
