/**
 * Ukrainian, the third language: every widget in every state renders with no
 * Czech or English string left. The test walks each widget's shadow DOM (text
 * and the attributes people hear: aria-label, title, placeholder, alt),
 * removes the region's own data (which is Czech by nature), and then looks
 * for (1) any piece of a Czech or English UI string or code label, and (2) any
 * Latin letter at all, since Ukrainian is written in Cyrillic.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { KpssCatalog } from '../../src/components/catalog/catalog.js';
import { KpssEvents } from '../../src/components/events/events.js';
import { KpssFeedbackForm } from '../../src/components/feedback-form/feedback-form.js';
import { KpssSettlement } from '../../src/components/settlement/settlement.js';
import { KpssSurvey } from '../../src/components/survey/survey.js';
import { define } from '../../src/define.js';
import { cs } from '../../src/l10n/cs.js';
import { en } from '../../src/l10n/en.js';
import { uk, ukLabels } from '../../src/l10n/uk.js';
import { csLabels } from '../../src/l10n/cs/labels.js';
import { enLabels } from '../../src/l10n/en-labels.js';
import { allLabels } from '../../src/l10n/labels.js';
import { catalogServices, makeCatalogRegion } from '../fixtures/catalog.js';
import { createServiceIndex } from '../../src/data/catalog-search.js';
import { ensureLocale } from '../../src/l10n/localize.js';
import { makeEventsRegion, NOW as EVENTS_NOW } from '../components/events/fixtures.js';
import { makeSurveyRegion, RESULTS } from '../components/survey/helpers.js';
import { json, settled, stubFetch, type FetchStub } from '../helpers.js';

define('kpss-catalog', KpssCatalog);
define('kpss-events', KpssEvents);
define('kpss-feedback-form', KpssFeedbackForm);
define('kpss-settlement', KpssSettlement);
define('kpss-survey', KpssSurvey);

const OPEN = new Date('2026-11-23T10:00:00Z');
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/* ── What must not be there ─────────────────────────────────────────────── */

/**
 * Every leaf string of a strings table; functions are called with sample
 * arguments (1, 2 and 7 reach every Czech plural form).
 */
function leaves(value: unknown, out: string[] = [], samples: readonly number[] = [1, 2, 7]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    const call = (n: number) => String((value as (...a: unknown[]) => unknown)(...Array.from({ length: Math.max(1, value.length) }, () => n)));
    for (const n of samples) out.push(call(n));
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out, samples);
  return out;
}

/** The fixed pieces of a string (around numbers and arguments), of 4 characters or more with a letter. */
const pieces = (text: string) =>
  text
    .split(/\d+|[()“”„"«»:;.,!?–—…]/u)
    .map((p) => p.trim())
    .filter((p) => p.length >= 4 && /\p{L}/u.test(p));

const tableLabels = [csLabels, enLabels].flatMap((set) => Object.values(set).flatMap((table) => Object.values(table as Record<string, string>)));
const FORBIDDEN = [...new Set([...leaves(cs), ...leaves(en), ...tableLabels].flatMap(pieces))];

/**
 * Latin allowed on a Ukrainian page: names of formats and brands, e-mail
 * addresses and the comment numbers (receipts), none of them words of a language.
 */
const ALLOWED_LATIN = /\b(?:JSON|src|ics|PDF|DOCX?|XLSX?|ODT|ODS|OpenStreetMap)\b|[\w.+-]+@[\w.-]+|\b[0-9A-F]{4}-[0-9A-F]{4}\b/g;

/* ── Walking the shadow DOM ─────────────────────────────────────────────── */

/** Every text node and spoken attribute value, across nested shadow roots (styles and `translate="no"` addresses skipped). */
function spokenTexts(root: ShadowRoot | Element, out: string[] = []): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.parentElement?.closest('style, [translate="no"]')) out.push(node.textContent ?? '');
      continue;
    }
    const el = node as Element;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext']) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
    if (el.shadowRoot) spokenTexts(el.shadowRoot, out);
  }
  return out;
}

/** Every string value in the data the widget was given (region file, server answers). */
function dataStrings(...values: unknown[]): string[] {
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

/** What is left of the widget's text once its data is taken out, and what in it is Czech or English. */
function leftovers(el: Element, data: readonly string[]): string[] {
  const found: string[] = [];
  for (const raw of spokenTexts(el.shadowRoot!)) {
    let text = raw;
    for (const d of data) if (text.includes(d)) text = text.split(d).join(' ');
    text = text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const piece = FORBIDDEN.find((f) => text.includes(f));
    if (piece) found.push(`${text}  ← "${piece}"`);
    else if (/[A-Za-z]/.test(text.replace(ALLOWED_LATIN, ''))) found.push(`${text}  ← Latin`);
  }
  return [...new Set(found)];
}

/**
 * Data passages not marked as Czech (WCAG 3.1.2, language of parts): text
 * nodes that are a data string whole, in a Ukrainian widget, whose nearest
 * `lang` is not `cs`. A screen reader then reads the Czech with Czech voice.
 */
function unmarked(el: Element, data: readonly string[]): string[] {
  // Web and e-mail addresses belong to no language; Cyrillic is not Czech.
  const set = new Set(data.filter((d) => /\p{L}{2}/u.test(d) && !/^https?:|@|\p{Script=Cyrillic}/u.test(d)));
  const out: string[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
        continue;
      }
      const text = (node.textContent ?? '').trim();
      if (!set.has(text)) continue;
      let lang: string | null = null;
      for (let e: Element | null = node.parentElement; e && lang === null; ) {
        lang = e.getAttribute('lang');
        e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
      }
      if (lang !== 'cs') out.push(`${node.parentElement?.localName}.${node.parentElement?.className}: ${text}`);
    }
  };
  walk(el.shadowRoot!);
  return [...new Set(out)];
}

/** Both checks: Czech or English left in the UI, and Czech data not marked as Czech. */
const problems = (el: Element, data: readonly string[]) => [...leftovers(el, data), ...unmarked(el, data).map((t) => `not lang=cs: ${t}`)];

/* ── The widgets ────────────────────────────────────────────────────────── */

let stub: FetchStub;
let routes: Record<string, (r: Request) => Response | Promise<Response>>;
beforeEach(() => {
  localStorage.clear();
  routes = {};
  stub = stubFetch(routes);
});
afterEach(() => {
  stub.restore();
  localStorage.clear();
});

async function mount<T extends HTMLElement>(markup: ReturnType<typeof html>, tag: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="uk">${markup}</div>`);
  const el = wrapper.querySelector(tag) as unknown as T & { updateComplete: Promise<boolean> };
  await settled(el as never);
  await tick(20);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as T;

async function until(el: HTMLElement & { updateComplete: Promise<boolean> }, check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await tick(10);
    await el.updateComplete;
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Ukrainian', () => {
  it('has every string of the Czech table, each different from Czech and English', () => {
    const shape = (v: unknown): unknown =>
      typeof v === 'function' ? 'fn' : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v;
    expect(JSON.stringify(shape(uk))).to.equal(JSON.stringify(shape(cs)));
    const [csLeaves, enLeaves, ukLeaves] = [cs, en, uk].map((t) => leaves(t, [], [7]));
    const same = ukLeaves!.filter((s, i) => s === csLeaves![i] || s === enLeaves![i]);
    expect(same).to.deep.equal([]);
  });

  it('has a label for every code of every table, in Cyrillic', () => {
    for (const [name, table] of Object.entries(csLabels)) {
      expect(Object.keys(ukLabels[name as keyof typeof ukLabels]), name).to.deep.equal(Object.keys(table));
    }
    const latin = Object.values(ukLabels).flatMap((t) => Object.values(t)).filter((l) => /[A-Za-z]/.test(l));
    expect(latin).to.deep.equal([]);
  });

  it('uses the Ukrainian plural forms (1 послуга, 2 послуги, 5 послуг, 21 послуга)', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => uk.common.services(n))).to.deep.equal([
      '1 послуга', '2 послуги', '5 послуг', '11 послуг', '21 послуга', '22 послуги', '25 послуг',
    ]);
  });

  it('the catalogue search finds services by their Ukrainian labels once Ukrainian is loaded, typos too', async () => {
    const services = catalogServices();
    const ids = (index: ReturnType<typeof createServiceIndex>, query: string) => index.search(query).map((h) => services[h.index]!.id);
    // Before: the Czech index knows no Ukrainian word (the labels are not on a Czech page).
    expect(ids(createServiceIndex(services, allLabels), 'догляд вдома')).to.deep.equal([]);
    await ensureLocale('uk');
    const index = createServiceIndex(services, allLabels);
    expect(ids(index, 'догляд вдома').slice(0, 3)).to.have.members(['pec-kt', 'pec-su', 'pec-ch']);
    expect(ids(index, 'доглад')).to.include('pec-kt');
    expect(ids(index, 'похилого віку')).to.include.members(['dps-kt', 'dps-su']);
    // Czech and English still work alongside.
    expect(ids(index, 'pecovatelska').slice(0, 3)).to.have.members(['pec-kt', 'pec-su', 'pec-ch']);
  });

  it("the search hint's examples each find services, in every language (on a page in that language, its labels are loaded)", async () => {
    await ensureLocale('en');
    await ensureLocale('uk');
    const services = catalogServices();
    const index = createServiceIndex(services, allLabels);
    const examples = (hint: string) => hint.split(/:\s*/)[1]!.split('.')[0]!.split(/,\s*/);
    const empty = [cs.catalog.searchHint, en.catalog.searchHint, uk.catalog.searchHint]
      .flatMap(examples)
      .filter((query) => index.search(query).length === 0);
    expect(empty).to.deep.equal([]);
    expect(examples(uk.catalog.searchHint)).to.have.length(3);
  });

  it('the catalogue: list, every filter, a detail, an empty search and the map', async () => {
    const region = makeCatalogRegion();
    Object.assign(region.services[0]!, { ageGroups: ['dospeli', 'mladsi-seniori'], hours: 'Po–Pá 7–15', capacity: '40 klientů', fees: 'dle ceníku', updated: '2026-10-01' });
    routes['/region.json'] = () => json(region);
    routes['/no-tiles/'] = () => new Response('', { status: 404 });
    const el = await mount<KpssCatalog>(html`<kpss-catalog src="/region.json" tile-url="/no-tiles/{z}/{x}/{y}.png"></kpss-catalog>`, 'kpss-catalog');
    const data = dataStrings(region);
    const found: string[] = [];
    const check = (state: string) => found.push(...problems(el, data).map((t) => `${state}: ${t}`));

    expect($(el, 'label[for="search"], label').textContent).to.contain('Що ви шукаєте');
    // The filter panel's body is built when it opens.
    const more = $<HTMLDetailsElement>(el, 'details.more');
    const toggled = new Promise((r) => more.addEventListener('toggle', r, { once: true }));
    more.open = true;
    await toggled;
    await el.updateComplete;
    expect($(el, '.more-body'), 'the panel body is there to check').to.exist;
    check('list');
    // Choose a filter, then open a detail.
    $<HTMLButtonElement>(el, '.chip').click();
    await el.updateComplete;
    check('filtered');
    $<HTMLButtonElement>(el, '.card-open').click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open] dl.details'), 'the details are shown', { timeout: 3000 });
    check('detail');
    // An empty search, then the map.
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    search.value = 'zzzqqq';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tick(400);
    await el.updateComplete;
    check('empty');
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tick(400);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')[1]!.click();
    await until(el, () => !!el.shadowRoot!.querySelector('kpss-catalog-map')?.shadowRoot?.querySelector('.leaflet-control-zoom'), 'the map');
    check('map');
    expect(found).to.deep.equal([]);
  });

  it('the meetings: upcoming, past with documents, cancelled, online, today and tomorrow', async () => {
    const region = makeEventsRegion();
    routes['/events.json'] = () => json(region);
    const el = await mount<KpssEvents>(html`<kpss-events src="/events.json" .now=${EVENTS_NOW}></kpss-events>`, 'kpss-events');
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details');
    if (details) details.open = true;
    await el.updateComplete;
    expect(problems(el, dataStrings(region))).to.deep.equal([]);
    const compact = await mount<KpssEvents>(html`<kpss-events src="/events.json" variant="compact" limit="2" .now=${EVENTS_NOW}></kpss-events>`, 'kpss-events');
    expect(problems(compact, dataStrings(region))).to.deep.equal([]);
  });

  it('the comment form: empty, with errors, sent, and queued while offline', async () => {
    const region = makeCatalogRegion();
    let offline = false;
    routes['/region.json'] = () => json(region);
    routes['/api/feedback'] = async (request) => {
      if (offline) throw new TypeError('Failed to fetch');
      const body = (await request.json()) as { id: string };
      return json({ id: body.id, receivedAt: '2026-11-23T10:00:01Z' }, { status: 201 });
    };
    const el = await mount<KpssFeedbackForm>(html`<kpss-feedback-form src="/region.json" .now=${OPEN}></kpss-feedback-form>`, 'kpss-feedback-form');
    const data = dataStrings(region);
    const found: string[] = [];
    const check = (state: string) => found.push(...problems(el, data).map((t) => `${state}: ${t}`));
    check('form');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    await until(el, () => !!$(el, '[role="alert"], .error-summary'), 'the error summary');
    check('errors');
    const message = $<HTMLTextAreaElement>(el, 'textarea[name="message"]');
    message.value = 'Chybí odlehčovací služba o víkendech.';
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(el, () => el.shadowRoot!.textContent!.includes('Дякуємо'), 'the receipt');
    check('sent');
    // Another comment while the server cannot be reached: saved and waiting.
    offline = true;
    $<HTMLButtonElement>(el, '.actions button, button.secondary, button').click();
    await el.updateComplete;
    const again = $<HTMLTextAreaElement>(el, 'textarea[name="message"]');
    again.value = 'Druhá připomínka.';
    again.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(el, () => el.shadowRoot!.textContent!.includes('буде надіслано'), 'the queued state');
    check('queued');
    expect(found).to.deep.equal([]);
  });

  it('the survey: questions, errors, sent, and the results', async () => {
    const region = makeSurveyRegion();
    routes['/region.json'] = () => json(region);
    routes['/api/survey/results'] = () => json(RESULTS);
    routes['/api/survey'] = async (request) => {
      const body = (await request.json()) as { id: string };
      return json({ id: body.id, receivedAt: '2026-11-23T10:00:01Z' }, { status: 201 });
    };
    const el = await mount<KpssSurvey>(html`<div style="width: 800px"><kpss-survey src="/region.json" .now=${OPEN}></kpss-survey></div>`, 'kpss-survey');
    const data = dataStrings(region, RESULTS);
    const found: string[] = [];
    const check = (state: string) => found.push(...problems(el, data).map((t) => `${state}: ${t}`));
    $<HTMLInputElement>(el, 'input[name="pecuje"][value="yes"]').click();
    await el.updateComplete;
    check('questions');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    await until(el, () => !!$(el, '[role="alert"], .error-summary'), 'the error summary');
    check('errors');
    for (const [name, value] of [['obec', 'klatovy'], ['komu', 'rodic'], ['spokojenost', '4']]) {
      $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`).click();
      await el.updateComplete;
    }
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(el, () => el.shadowRoot!.textContent!.includes('Дякуємо'), 'the thanks');
    await until(el, () => el.shadowRoot!.textContent!.includes('Результати'), 'the results');
    check('sent and results');
    expect(found).to.deep.equal([]);
  });

  it('the settlement: every outcome, grouped by the plan', async () => {
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
    routes['/region.json'] = () => json(region);
    routes['/api/settlement'] = () => json(answer);
    const el = await mount<KpssSettlement>(html`<kpss-settlement src="/region.json" endpoint="/api/settlement"></kpss-settlement>`, 'kpss-settlement');
    await until(el, () => el.shadowRoot!.textContent!.includes('Зауваження №'), 'the comments');
    expect(problems(el, dataStrings(region, answer))).to.deep.equal([]);
    // A resident's comment in Cyrillic keeps the page's language; Czech ones are marked Czech.
    const langs = [...el.shadowRoot!.querySelectorAll('p.message')].map((p) => `${p.textContent!.slice(0, 8)}|${p.getAttribute('lang') ?? ''}`);
    expect(langs).to.include('Потрібен|');
    expect(langs).to.include('Jinde.|cs');
  });

  it('an error box: the message in Ukrainian, the details for the data maintainer in Czech', async () => {
    routes['/region.json'] = () => json({ schemaVersion: 1, region: { id: 'x' } });
    const el = await mount<KpssEvents>(html`<kpss-events src="/region.json"></kpss-events>`, 'kpss-events');
    $(el, '.error details ul')?.remove();
    expect($(el, '.error')?.textContent ?? '').to.contain('Не вдалося завантажити дані');
    expect(leftovers(el, [])).to.deep.equal([]);
  });
});
