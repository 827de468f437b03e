/** A region with a survey of every question type, a stub receiver and results, and driving helpers. */
import { fixture, html } from '@open-wc/testing';
import { KpssSurvey, type SurveyPayload } from '../../../src/components/survey/survey.js';
import { clearRegionCache } from '../../../src/data/load.js';
import { define } from '../../../src/define.js';
import { makeRegion } from '../../fixtures/region.js';
import { clearOutboxStores, json, settled, stubFetch, type FetchStub } from '../../helpers.js';

define('kpss-survey', KpssSurvey);

export const OPEN = new Date('2026-11-23T10:00:00Z');
export const DRAFT_KEY = 'kpss-draft:survey:testov/anketa-2026';

/**
 * Forgets this widget's draft (and the page's outbox, for the tests that use
 * it). Only these keys: test files run in parallel pages of one origin, which
 * share localStorage, and a clear() here could empty another file's outbox in
 * the middle of its test.
 */
export async function forget(outbox = false): Promise<void> {
  localStorage.removeItem(DRAFT_KEY);
  if (outbox) await clearOutboxStores();
}
export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

export function makeSurveyRegion(survey: Record<string, unknown> = {}) {
  return {
    ...makeRegion(),
    survey: {
      id: 'anketa-2026',
      title: 'Anketa o životě na Testovsku',
      intro: 'Ptáme se, jak se vám v regionu žije.\n\nVyplnění zabere pět minut.',
      from: '2026-11-01',
      until: '2026-12-15',
      endpoint: '/api/survey',
      showResults: true,
      privacy: { controller: 'Město Klatovy', purpose: 'zjištění potřeb obyvatel', retention: '5 let' },
      questions: [
        { id: 'obec', type: 'single', text: 'Kde bydlíte?', help: 'Obec, kde trvale žijete.', required: true, other: true, options: [{ id: 'klatovy', label: 'Klatovy' }, { id: 'nyrsko', label: 'Nýrsko' }] },
        { id: 'pecuje', type: 'yesno', text: 'Pečujete o blízkého člověka?', required: true },
        {
          id: 'komu',
          type: 'multiple',
          text: 'O koho pečujete?',
          required: true,
          other: true,
          options: [{ id: 'rodic', label: 'O rodiče' }, { id: 'partner', label: 'O partnera' }],
          showIf: { question: 'pecuje', equals: 'yes' },
        },
        { id: 'spokojenost', type: 'scale', text: 'Jak jste spokojeni se službami?', required: true, scale: { min: 1, max: 5, minLabel: 'velmi nespokojen', maxLabel: 'velmi spokojen' } },
        { id: 'vek', type: 'number', text: 'Kolik je vám let?', min: 15, max: 110, unit: 'let' },
        { id: 'chybi', type: 'text', text: 'Co vám v regionu chybí?' },
      ],
      ...survey,
    },
  };
}

export const RESULTS = {
  region: 'testov',
  survey: 'anketa-2026',
  responses: 40,
  questions: [
    { id: 'obec', answered: 40, counts: { klatovy: 30, nyrsko: 8, other: 2 } },
    { id: 'pecuje', answered: 40, counts: { yes: 10, no: 30 } },
    { id: 'komu', answered: 10, counts: { rodic: 7, partner: 4, other: 1 } },
    { id: 'spokojenost', answered: 38, counts: { 1: 2, 2: 3, 3: 10, 4: 15, 5: 8 }, average: 3.63 },
    { id: 'vek', answered: 35, average: 58.4, median: 61, min: 19, max: 92 },
    { id: 'chybi', answered: 12 },
  ],
};

export type Step = '201' | '400' | '501' | 'network' | 'hang';

/** The stub receiver: records bodies, answers by a script (then 201; the same id again 200). */
export function receiver() {
  const state = { bodies: [] as SurveyPayload[], script: [] as Step[], resultsAsked: 0 };
  const stored = new Set<string>();
  const routes = {
    '/region.json': () => json(makeSurveyRegion()),
    '/api/survey': async (request: Request) => {
      const body = (await request.json()) as SurveyPayload;
      state.bodies.push(body);
      const step = state.script.shift() ?? '201';
      if (step === 'network') throw new TypeError('Failed to fetch');
      if (step === 'hang') return new Promise<Response>(() => {});
      if (step === '400') return json({ error: { code: 'invalid', message: 'answers.obec (no such option)' } }, { status: 400 });
      // A town's own web server (a copied region file's relative endpoint): no receiver there.
      if (step === '501') return new Response('Not Implemented', { status: 501, headers: { 'content-type': 'text/plain' } });
      const again = stored.has(body.id);
      stored.add(body.id);
      return json({ id: body.id, receivedAt: '2026-11-23T10:00:01Z' }, { status: again ? 200 : 201 });
    },
    '/api/survey/results': () => {
      state.resultsAsked += 1;
      return json(RESULTS);
    },
  };
  return Object.assign(state, { routes });
}

/**
 * Per test: a fresh receiver behind a stubbed fetch, and no draft (nor
 * outbox, with `outbox`) left from the last test. `api` and `render` read the
 * current test's receiver.
 */
export function eachTest(outbox = false) {
  let stub: FetchStub | undefined;
  const current = { api: receiver() };
  beforeEach(async () => {
    await forget(outbox);
    current.api = receiver();
    stub = stubFetch(current.api.routes);
  });
  afterEach(async () => {
    stub?.restore();
    await forget(outbox);
  });
  return {
    get api() {
      return current.api;
    },
    render: (options: RenderOptions = {}) => renderSurvey(current.api.routes, options),
  };
}

export interface RenderOptions {
  region?: unknown;
  now?: Date;
  /** The width of the page column the widget sits in (px). */
  width?: number;
  layout?: string;
}

export async function renderSurvey(routes: Record<string, unknown>, options: RenderOptions = {}): Promise<KpssSurvey> {
  const region = options.region ?? makeSurveyRegion();
  (routes as Record<string, () => Response>)['/region.json'] = () => json(region);
  clearRegionCache();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 800}px">
    <kpss-survey src="/region.json" layout=${options.layout ?? 'auto'} .now=${options.now ?? OPEN}></kpss-survey>
  </div>`);
  const el = wrapper.querySelector('kpss-survey')!;
  await settled(el);
  await tick(20); // the ResizeObserver's first report
  await el.updateComplete;
  return el;
}

export const root = (el: KpssSurvey) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: KpssSurvey, sel: string) => root(el).querySelector(sel) as T;
export const $$ = <T extends Element = HTMLElement>(el: KpssSurvey, sel: string) => [...root(el).querySelectorAll<T & Element>(sel)] as T[];

/** Clicks a radio or checkbox by question and value, as a person would. */
export async function choose(el: KpssSurvey, question: string, value: string) {
  $<HTMLInputElement>(el, `input[name="${question}"][value="${value}"]`).click();
  await el.updateComplete;
}

/** Types into a text field or text area. */
export async function type(el: KpssSurvey, name: string, value: string) {
  const control = $<HTMLInputElement>(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function press(el: KpssSurvey, button: 'submit' | 'back') {
  $<HTMLButtonElement>(el, button === 'submit' ? 'button[type="submit"]' : '.actions button.secondary').click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Waits for a condition on the element, rendering in between. */
export async function until(el: KpssSurvey, check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await tick(10);
    await el.updateComplete;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Answers every question of the fixture on one page. */
export async function answerAll(el: KpssSurvey) {
  await choose(el, 'obec', 'other');
  await type(el, 'obec.other', ' Dešenice ');
  await choose(el, 'pecuje', 'yes');
  await choose(el, 'komu', 'partner');
  await choose(el, 'komu', 'rodic');
  await choose(el, 'spokojenost', '4');
  await type(el, 'vek', '70');
  await type(el, 'chybi', '  Autobus v neděli.  ');
}
