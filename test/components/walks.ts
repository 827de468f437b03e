/**
 * Every widget walked through its states (data, filters, a detail, errors,
 * sent, queued, results…) in a given page language, calling `check` at each
 * state. The language tests (test/l10n/uk.test.ts) and the accessibility
 * tests (test/components/a11y.test.ts) walk the same states.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { KpssCatalog } from '../../src/components/catalog/catalog.js';
import { KpssEvents } from '../../src/components/events/events.js';
import { KpssFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { KpssInfo } from '../../src/components/info/info.js';
import { KpssSettlement } from '../../src/components/settlement/settlement.js';
import { KpssSurvey } from '../../src/components/survey/survey.js';
import { define } from '../../src/define.js';
import { cs } from '../../src/l10n/cs.js';
import { en } from '../../src/l10n/en.js';
import { uk } from '../../src/l10n/uk.js';
import { makeCatalogRegion } from '../fixtures/catalog.js';
import { makeEventsRegion, NOW as EVENTS_NOW } from './events/fixtures.js';
import { makeSurveyRegion, RESULTS } from './survey/helpers.js';
import { DAYS, makeInfoRegion } from './info/fixtures.js';
import { json, settled, stubFetch, type FetchStub } from '../helpers.js';

define('kpss-catalog', KpssCatalog);
define('kpss-events', KpssEvents);
define('kpss-feedback-form', KpssFeedbackForm);
define('kpss-info', KpssInfo);
define('kpss-settlement', KpssSettlement);
define('kpss-survey', KpssSurvey);

export type Lang = 'cs' | 'en' | 'uk';
/** Called at each state with the widget and the strings of its data (which are Czech by nature). */
export type Check = (el: HTMLElement, state: string, data: readonly string[]) => void | Promise<void>;

const STRINGS = { cs, en, uk } as const;
const OPEN = new Date('2026-11-23T10:00:00Z');
export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Every string value in the data the widget was given (region file, server answers). */
export function dataStrings(...values: unknown[]): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v.trim());
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  values.forEach(walk);
  // Multi-line data is rendered line by line in places: its lines count too.
  for (const s of [...out]) for (const line of s.split('\n')) out.add(line.trim());
  // Only data with letters: ids like "1" would cut holes in numbers.
  return [...out].filter((s) => /\p{L}/u.test(s)).sort((a, b) => b.length - a.length);
}

let stub: FetchStub | undefined;
let routes: Record<string, (r: Request) => Response | Promise<Response>> = {};

/** Before each walk: a fresh fetch stub and storage. */
export function setUpWalk(): Record<string, (r: Request) => Response | Promise<Response>> {
  localStorage.clear();
  // The catalogue keeps its state in the address: each walk starts from a clean one.
  history.replaceState(null, '', location.pathname);
  routes = {};
  stub = stubFetch(routes);
  return routes;
}
export function tearDownWalk(): void {
  stub?.restore();
  stub = undefined;
  localStorage.clear();
}

export async function mount<T extends HTMLElement>(lang: Lang, markup: TemplateResult, tag: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${markup}</div>`);
  const el = wrapper.querySelector(tag) as unknown as T & { updateComplete: Promise<boolean> };
  await settled(el as never);
  await tick(20);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as T;

/** Waits for `check` (up to 8 s: the map's Leaflet chunk on a loaded machine took over 2 s). */
export async function until(el: HTMLElement & { updateComplete: Promise<boolean> }, check: () => boolean, what: string) {
  const deadline = performance.now() + 8000;
  while (performance.now() < deadline) {
    if (check()) return;
    await tick(10);
    await el.updateComplete;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The catalogue: list, every filter, a detail, an empty search and the map. */
async function catalogue(lang: Lang, check: Check): Promise<void> {
  const S = STRINGS[lang];
    const region = makeCatalogRegion();
    Object.assign(region.services[0]!, { ageGroups: ['dospeli', 'mladsi-seniori'], hours: 'Po–Pá 7–15', capacity: '40 klientů', fees: 'dle ceníku', updated: '2026-10-01' });
    routes['/region.json'] = () => json(region);
    routes['/no-tiles/'] = () => new Response('', { status: 404 });
    const el = await mount<KpssCatalog>(lang, html`<kpss-catalog src="/region.json" tile-url="/no-tiles/{z}/{x}/{y}.png"></kpss-catalog>`, 'kpss-catalog');
    const data = dataStrings(region);
    const at = (state: string) => check(el, state, data);

    expect($(el, 'label[for="q"]').textContent).to.contain(S.catalog.searchLabel);
    // The filter panel's body is built when it opens.
    const more = $<HTMLDetailsElement>(el, 'details.more');
    const toggled = new Promise((r) => more.addEventListener('toggle', r, { once: true }));
    more.open = true;
    await toggled;
    await el.updateComplete;
    expect($(el, '.more-body'), 'the panel body is there to check').to.exist;
    await at('list');
    // Choose a filter, then open a detail.
    $<HTMLButtonElement>(el, '.chip').click();
    await el.updateComplete;
    await at('filtered');
    $<HTMLButtonElement>(el, '.card-open').click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open] dl.details'), 'the details are shown', { timeout: 3000 });
    await at('detail');
    // An empty search, then the map.
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    search.value = 'zzzqqq';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tick(400);
    await el.updateComplete;
    await at('empty');
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tick(400);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')[1]!.click();
    await until(el, () => !!el.shadowRoot!.querySelector('kpss-catalog-map')?.shadowRoot?.querySelector('.leaflet-control-zoom'), 'the map');
    await at('map');
}

/** The meetings: upcoming, past with documents, cancelled, online, today and tomorrow; subscribing to the calendar. */
async function meetings(lang: Lang, check: Check): Promise<void> {
  const S = STRINGS[lang];
    const region = makeEventsRegion();
    routes['/events.json'] = () => json(region);
    // At kpss-server's address, so the widget offers the calendar feed.
    routes['/regions/testov.json'] = () => json(region);
    const el = await mount<KpssEvents>(lang, html`<kpss-events src="/regions/testov.json" .now=${EVENTS_NOW}></kpss-events>`, 'kpss-events');
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details');
    if (details) details.open = true;
    await el.updateComplete;
    expect($(el, '[part="subscribe"] label[for="calendar-url"]').textContent).to.equal(S.events.subscribeUrlLabel);
    await check(el, 'upcoming and past, subscribe', dataStrings(region));
    $<HTMLButtonElement>(el, '[part="subscribe"] button').click();
    await until(el, () => !!$(el, '[aria-live="polite"]').textContent!.trim(), 'the copy announced');
    await check(el, 'address copied', dataStrings(region));
    const compact = await mount<KpssEvents>(lang, html`<kpss-events src="/events.json" variant="compact" limit="2" .now=${EVENTS_NOW}></kpss-events>`, 'kpss-events');
    await check(compact, 'compact', dataStrings(region));
}

/** The comment form: empty, with errors, sent, and queued while offline. */
async function commentForm(lang: Lang, check: Check): Promise<void> {
  const S = STRINGS[lang];
    const region = makeCatalogRegion();
    let offline = false;
    routes['/region.json'] = () => json(region);
    routes['/api/feedback'] = async (request) => {
      if (offline) throw new TypeError('Failed to fetch');
      const body = (await request.json()) as { id: string };
      return json({ id: body.id, receivedAt: '2026-11-23T10:00:01Z' }, { status: 201 });
    };
    const el = await mount<KpssFeedbackForm>(lang, html`<kpss-feedback-form src="/region.json" .now=${OPEN}></kpss-feedback-form>`, 'kpss-feedback-form');
    const data = dataStrings(region);
    const at = (state: string) => check(el, state, data);
    await at('form');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    await until(el, () => !!$(el, '[role="alert"], .error-summary'), 'the error summary');
    await at('errors');
    const message = $<HTMLTextAreaElement>(el, 'textarea[name="message"]');
    message.value = 'Chybí odlehčovací služba o víkendech.';
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(el, () => el.shadowRoot!.textContent!.includes(S.feedback.sentTitle), 'the receipt');
    await at('sent');
    // Another comment while the server cannot be reached: saved and waiting.
    offline = true;
    $<HTMLButtonElement>(el, '.actions button, button.secondary, button').click();
    await el.updateComplete;
    const again = $<HTMLTextAreaElement>(el, 'textarea[name="message"]');
    again.value = 'Druhá připomínka.';
    again.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(el, () => el.shadowRoot!.textContent!.includes(S.feedback.queuedTitle), 'the queued state');
    await at('queued');
}

/** The survey: questions, errors, sent, and the results. */
async function survey(lang: Lang, check: Check): Promise<void> {
  const S = STRINGS[lang];
    const region = makeSurveyRegion();
    routes['/region.json'] = () => json(region);
    routes['/api/survey/results'] = () => json(RESULTS);
    routes['/api/survey'] = async (request) => {
      const body = (await request.json()) as { id: string };
      return json({ id: body.id, receivedAt: '2026-11-23T10:00:01Z' }, { status: 201 });
    };
    const el = await mount<KpssSurvey>(lang, html`<div style="max-width: 800px"><kpss-survey src="/region.json" layout="all" .now=${OPEN}></kpss-survey></div>`, 'kpss-survey');
    const data = dataStrings(region, RESULTS);
    const at = (state: string) => check(el, state, data);
    $<HTMLInputElement>(el, 'input[name="pecuje"][value="yes"]').click();
    await el.updateComplete;
    await at('questions');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    await until(el, () => !!$(el, '[role="alert"], .error-summary'), 'the error summary');
    await at('errors');
    // "Other" opens a text field of its own.
    $<HTMLInputElement>(el, 'input[name="obec"][value="other"]').click();
    await el.updateComplete;
    await at('other');
    for (const [name, value] of [['obec', 'klatovy'], ['komu', 'rodic'], ['spokojenost', '4']]) {
      $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`).click();
      await el.updateComplete;
    }
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(el, () => el.shadowRoot!.textContent!.includes(S.survey.sentTitle), 'the thanks');
    await until(el, () => el.shadowRoot!.textContent!.includes(S.survey.resultsSoFar), 'the results');
    await at('sent and results');
}

/** The settlement: every outcome, grouped by the plan. */
async function settlement(lang: Lang, check: Check): Promise<void> {
  const S = STRINGS[lang];
    const region = makeCatalogRegion();
    const answer = {
      region: 'testov',
      plan: 'kp-testov-2026-2028',
      comments: [
        { number: 1, receipt: '3F0C-2A8E', section: '1.1', message: 'Pečovatelská služba i o víkendech.', proposal: 'Doplnit víkendy.', status: 'akceptovano', resolution: 'Zapracováno.' },
        { number: 2, receipt: null, section: null, message: 'Plán je nepřehledný.', proposal: null, status: 'vzato-na-vedomi', resolution: null },
        { number: 3, receipt: 'BBBB-0003', section: '1', message: 'Více služeb.', proposal: null, status: 'castecne-akceptovano', resolution: 'Doplněno.' },
        { number: 4, receipt: 'CCCC-0004', section: '9.9', message: 'Jinde.', proposal: null, status: 'neakceptovano', resolution: 'Přesunuto.' },
        { number: 5, receipt: 'DDDD-0005', section: null, message: 'Потрібен перекладач у консультації.', proposal: null, status: 'akceptovano', resolution: 'Doplněno do opatření 2.1.' },
      ],
    };
    (region.plan as { settlementBy?: string }).settlementBy = '2099-01-31';
    // "Najít moji připomínku": an answer per code, the server's failure for one, not found for the rest.
    const lookups: Record<string, unknown[]> = {
      '3F0C-2A8E': [{ number: 1, section: '1.1', status: 'akceptovano', resolution: 'Zapracováno.' }],
      'AAAA-0007': [{ number: 7, status: null }],
      'AAAA-0009': [{ number: 9, status: null, duplicateOf: 4 }],
      'AAAA-BBBB': [{ number: 3, section: '1', status: 'castecne-akceptovano', resolution: 'Doplněno.' }, { number: 8, status: null }],
    };
    routes['/region.json'] = () => json(region);
    routes['/api/settlement'] = () => json(answer);
    routes['/api/settlement/receipt'] = (request) => {
      const code = new URL(request.url).searchParams.get('receipt') ?? '';
      if (code === 'EEEE-0500') return json({ error: { code: 'internal', message: 'x' } }, { status: 500 });
      const comments = lookups[code];
      return comments ? json({ region: 'testov', plan: 'kp-testov-2026-2028', receipt: code, comments }) : json({ error: { code: 'unknown-receipt', message: 'x' } }, { status: 404 });
    };
    const el = await mount<KpssSettlement>(lang, html`<kpss-settlement src="/region.json" endpoint="/api/settlement"></kpss-settlement>`, 'kpss-settlement');
    await until(el, () => el.shadowRoot!.textContent!.includes(S.settlement.commentNo(1)), 'the comments');
    const data = dataStrings(region, answer, lookups);
    await check(el, 'every outcome', data);
    const states: Array<[string, string, () => boolean]> = [
      ['a malformed code', '3F0C-2A8', () => $(el, '#receipt-error').textContent !== ''],
      ['a settled comment', '3f0c2a8e', () => !!$(el, '#lookup-result a.to-item')],
      ['a comment not settled yet', 'AAAA-0007', () => $(el, '#lookup-result').textContent!.includes(S.settlement.lookup.notSettled)],
      ['a duplicate', 'AAAA-0009', () => $(el, '#lookup-result').textContent!.includes(S.settlement.lookup.duplicate(9, 4))],
      ['two comments with one code', 'AAAA-BBBB', () => el.shadowRoot!.querySelectorAll('#lookup-result li').length === 2],
      ['a code not found', '0000-0000', () => $(el, '#lookup-result').textContent!.includes(S.settlement.lookup.notFound('0000-0000'))],
      ['a failed look-up', 'EEEE-0500', () => $(el, '#lookup-result').textContent!.includes(S.settlement.lookup.errorHttp(500))],
    ];
    for (const [state, code, done] of states) {
      const input = $<HTMLInputElement>(el, '#receipt');
      input.value = code;
      input.dispatchEvent(new Event('input'));
      $<HTMLButtonElement>(el, '.lookup button[type="submit"]').click();
      await until(el, done, `the look-up: ${state}`);
      await check(el, `look-up: ${state}`, data);
    }
    // A resident's comment in Cyrillic keeps the page's language; Czech ones are marked Czech.
    const langs = [...el.shadowRoot!.querySelectorAll('p.message')].map((p) => `${p.textContent!.slice(0, 8)}|${p.getAttribute('lang') ?? ''}`);
    expect(langs).to.include('Потрібен|');
    expect(langs).to.include('Jinde.|cs');
}

/** How to take part: every phase state, the compact variant, and a file without the participation part. */
async function info(lang: Lang, check: Check): Promise<void> {
  const S = STRINGS[lang];
  const region = makeInfoRegion();
  routes['/info.json'] = () => json(region);
  routes['/region.json'] = () => json(makeCatalogRegion());
  for (const [state, today] of [['before the first phase', DAYS.beforeFirst], ['commenting', DAYS.commenting], ['a gap', DAYS.gap], ['approved', DAYS.approved]]) {
    const el = await mount<KpssInfo>(lang, html`<kpss-info src="/info.json" today=${today!}></kpss-info>`, 'kpss-info');
    expect($(el, '[part="timeline"]'), state).to.exist;
    await check(el, state!, dataStrings(region));
  }
  const compact = await mount<KpssInfo>(lang, html`<kpss-info src="/info.json" variant="compact" today=${DAYS.commenting}></kpss-info>`, 'kpss-info');
  expect($(compact, '[part="current"]').textContent).to.contain(S.info.whatToDo);
  await check(compact, 'compact', dataStrings(region));
  const plain = await mount<KpssInfo>(lang, html`<kpss-info src="/region.json"></kpss-info>`, 'kpss-info');
  expect($(plain, '.about').textContent).to.contain(S.info.about);
  await check(plain, 'no participation part', dataStrings(makeCatalogRegion()));
}

/** The walks, by widget. */
export const WALKS: Readonly<Record<string, (lang: Lang, check: Check) => Promise<void>>> = {
  'the catalogue: list, every filter, a detail, an empty search and the map': catalogue,
  'the meetings: upcoming, past with documents, cancelled, online, today and tomorrow': meetings,
  'the comment form: empty, with errors, sent, and queued while offline': commentForm,
  'the survey: questions, errors, sent, and the results': survey,
  'the settlement: every outcome, grouped by the plan': settlement,
  'how to take part: every phase state, compact, no participation part': info,
};
