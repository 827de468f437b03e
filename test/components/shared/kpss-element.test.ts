import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineAll, TAGS } from '../../../src/elements.js';
import { makeRegion } from '../../fixtures/region.js';
import { json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';
import type { KpssElement } from '../../../src/components/shared/kpss-element.js';

defineAll();
const tags = Object.keys(TAGS) as (keyof typeof TAGS)[];

function create(tag: string, src: string): Promise<KpssElement> {
  const el = document.createElement(tag) as KpssElement;
  el.setAttribute('src', src);
  return fixture<KpssElement>(el);
}

const BAD_FILES: Record<string, { route?: (request: Request) => Response; text: RegExp; detail?: RegExp }> = {
  'not JSON': { route: () => json('<html>Stránka nenalezena</html>'), text: /není to platný JSON/ },
  // The file's server answers, but not to this page (no Access-Control-Allow-Origin): only a no-cors request gets through.
  blocked: {
    route: (request) => {
      if (request.mode === 'no-cors') return new Response(null);
      throw new TypeError('Failed to fetch');
    },
    text: /nedovoluje načíst \(chybí hlavička Access-Control-Allow-Origin\).*Put it on your town’s site/,
  },
  '404': { text: /na této adrese není \(chyba 404\)/ },
  'wrong schemaVersion': { route: () => json({ ...makeRegion(), schemaVersion: 3 }), text: /verzi formátu/ },
  'no services': {
    route: () => {
      const { services: _unused, ...rest } = makeRegion();
      return json(rest);
    },
    text: /neodpovídá předepsanému formátu/,
    // The details name the problem in words (their wording loads only with a file that has a problem).
    detail: /services: chybí povinná položka/,
  },
};

/** A widget's attributes as the custom elements manifest (the README reference) documents them. */
interface DocumentedAttribute {
  name: string;
  fieldName: string;
}
type Declaration = { tagName?: string; attributes?: DocumentedAttribute[] };

describe('every widget (shared base)', () => {
  let stub: FetchStub;
  let documented: Map<string, DocumentedAttribute[]>;

  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    documented = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName!, d.attributes ?? []]));
  });

  let warn: unknown[][];
  let error: unknown[][];
  const originals = { warn: console.warn, error: console.error };
  let pageErrors: unknown[];
  const onPageError = (e: ErrorEvent | PromiseRejectionEvent) => pageErrors.push(e);

  beforeEach(() => {
    const routes: Record<string, (request: Request) => Response> = {
      '/ok.json': () => json(makeRegion()),
      // <kpss-settlement> reads the published settlement beside the plan's endpoint.
      '/api/settlement': () => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: [] }),
    };
    for (const [name, bad] of Object.entries(BAD_FILES)) if (bad.route) routes[`/${encodeURIComponent(name)}.json`] = bad.route;
    routes['/one-bad.json'] = () => {
      const file = makeRegion();
      (file.services[0] as { kind: string }).kind = 'pecovatelska';
      return json(file);
    };
    routes['/bad-event.json'] = () => {
      const file = makeRegion();
      (file.events[0] as { type: string }).type = 'beseda';
      return json(file);
    };
    stub = stubFetch(routes);
    warn = [];
    error = [];
    pageErrors = [];
    console.warn = (...args: unknown[]) => warn.push(args);
    console.error = (...args: unknown[]) => error.push(args);
    window.addEventListener('error', onPageError);
    window.addEventListener('unhandledrejection', onPageError);
  });
  afterEach(() => {
    stub.restore();
    console.warn = originals.warn;
    console.error = originals.error;
    window.removeEventListener('error', onPageError);
    window.removeEventListener('unhandledrejection', onPageError);
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('is defined and accessible when loaded', async () => {
        expect(customElements.get(tag)).to.equal(TAGS[tag]);
        const el = await create(tag, '/ok.json');
        await settled(el);
        // Something of the file shows: the region, its plan, or (a survey not open) its coordinator.
        expect(textOf(el)).to.match(/Testovsk|Jana Koordinátorová/);
        await expect(el).to.be.accessible();
      });

      it('observes the attributes its reference documents: its own, the base class’s src, none for its state', () => {
        const ctor = TAGS[tag];
        const attributes = documented.get(tag) ?? [];
        expect(attributes.map((a) => a.name)).to.include('src');
        expect([...ctor.observedAttributes].sort()).to.deep.equal(attributes.map((a) => a.name).sort());
        for (const a of attributes) expect(ctor.elementProperties.has(a.fieldName), `${a.name} → ${a.fieldName}`).to.equal(true);
      });

      it('is accessible while loading', async () => {
        stub.restore();
        stub = stubFetch({ '/pending.json': () => new Promise<Response>(() => {}) });
        const el = await create(tag, '/pending.json');
        const status = el.shadowRoot!.querySelector('[role="status"]');
        expect(status?.textContent).to.contain('Načítám');
        await expect(el).to.be.accessible();
      });

      for (const [name, bad] of Object.entries(BAD_FILES)) {
        it(`shows a Czech error box for a bad file: ${name}`, async () => {
          const src = bad.route ? `/${encodeURIComponent(name)}.json` : '/missing.json';
          const el = await create(tag, src);
          await settled(el);
          const box = el.shadowRoot!.querySelector('[role="alert"]');
          expect(box, 'error box').to.exist;
          expect(box!.textContent).to.contain('Údaje se nepodařilo načíst');
          expect(box!.textContent).to.match(bad.text);
          if (bad.detail) expect(box!.querySelector('details li')?.textContent).to.match(bad.detail);
          // The address it tried, for whoever sets the page up.
          expect(box!.querySelector('.url')?.textContent).to.equal(new URL(src, location.href).href);
          expect(error.length, 'the reason is logged').to.equal(1);
          expect(pageErrors).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }

      it('explains a missing src', async () => {
        const el = await fixture<KpssElement>(document.createElement(tag));
        await settled(el);
        expect(textOf(el)).to.contain('chybí atribut src');
      });

      const showsServices = tag === 'kpss-catalog';
      it(
        showsServices
          ? 'renders the good services of a file with one bad service and warns once naming it'
          : 'renders a file with one bad service, without a word: the services are the catalogue’s part, not checked here',
        async () => {
          const el = await create(tag, '/one-bad.json');
          await settled(el);
          // (A boolean: a DOM element in a failed assertion is too much for the runner to report.)
          expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? 'no error box').to.equal('no error box');
          // The warning is worded first (the reasons' chunk loads), then logged.
          if (showsServices) await waitUntil(() => warn.length > 0, 'warned');
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(warn).to.have.length(showsServices ? 1 : 0);
          if (showsServices) expect(String(warn[0]![0])).to.contain('services[0].kind: unknown code "pecovatelska"');
        },
      );
    });
  }

  it('three widgets with the same src make one request and warn once', async () => {
    const wrapper = await fixture(html`<div>
      <kpss-catalog src="/one-bad.json"></kpss-catalog>
      <kpss-events src="/one-bad.json"></kpss-events>
      <kpss-feedback-form src="/one-bad.json"></kpss-feedback-form>
    </div>`);
    for (const el of wrapper.querySelectorAll<KpssElement>('*')) await settled(el);
    expect(stub.calls).to.have.length(1);
    await waitUntil(() => warn.length > 0, 'warned');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warn).to.have.length(1);
    expect(textOf(wrapper.querySelector('kpss-catalog')!)).to.contain('2 služby');
  });

  it('a bad meeting is skipped by the meetings, named once in the log; the catalogue on the same page is not concerned', async () => {
    const wrapper = await fixture(html`<div>
      <kpss-catalog src="/bad-event.json"></kpss-catalog>
      <kpss-events src="/bad-event.json"></kpss-events>
    </div>`);
    for (const el of wrapper.querySelectorAll<KpssElement>('*')) await settled(el);
    await waitUntil(() => warn.length > 0, 'warned');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(warn).to.have.length(1);
    expect(String(warn[0]![0])).to.contain('events[0].type').and.contain('beseda');
    expect(stub.calls).to.have.length(1);
  });

  it('ignores a stale answer when src changes', async () => {
    let release!: () => void;
    stub.restore();
    stub = stubFetch({
      '/old.json': () => new Promise((resolve) => (release = () => resolve(json({ ...makeRegion(), region: { id: 'old', name: 'Staré' } })))),
      '/new.json': () => json(makeRegion()),
    });
    const el = await create('kpss-catalog', '/old.json');
    el.src = '/new.json';
    await settled(el);
    release();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(textOf(el)).to.contain('Testovsko');
    expect(textOf(el)).not.to.contain('Staré');
  });

  it('renders data as text, never as HTML', async () => {
    stub.restore();
    stub = stubFetch({ '/xss.json': () => json({ ...makeRegion(), region: { id: 'x', name: '<img src=x onerror="window.__pwned=1">' } }) });
    const el = await create('kpss-catalog', '/xss.json');
    await settled(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(el)).to.contain('<img src=x');
  });
});
