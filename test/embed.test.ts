/**
 * Tests the built script-tag bundle (dist/kpss-widgets.js), not the sources:
 * the sources can pass while the bundle is broken (decorators, chunks).
 * This file imports nothing from src/, so the bundle defines the elements.
 */
import { expect, fixture, html } from '@open-wc/testing';

const TAGS = ['kpss-catalog', 'kpss-events', 'kpss-feedback-form'];

async function settle(el: Element) {
  for (let i = 0; i < 100; i++) {
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // A catalogue is settled once its life situations show their counts (they follow the search index).
    const pendingCounts = el.localName === 'kpss-catalog' && el.shadowRoot?.querySelector('.chip') && !el.shadowRoot.querySelector('.chip .count');
    if (el.shadowRoot && !el.shadowRoot.querySelector('.loading') && !pendingCounts) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`<${el.localName}> did not settle`);
}

describe('dist/kpss-widgets.js', () => {
  const warnings: unknown[][] = [];
  const originalWarn = console.warn;

  before(async () => {
    console.warn = (...args: unknown[]) => warnings.push(args);
    // The script tag pasted twice, once with a cache-busting query: two evaluations.
    await import(/* @vite-ignore */ `${location.origin}/dist/kpss-widgets.js?paste=1`);
    await import(/* @vite-ignore */ `${location.origin}/dist/kpss-widgets.js?paste=2`);
  });
  after(() => (console.warn = originalWarn));

  it('loads a widget only when the page has one, defines it once, and a second evaluation neither throws nor warns', async () => {
    for (const tag of TAGS) expect(customElements.get(tag), `${tag} before it is on the page`).to.equal(undefined);
    // Widget chunks; the shared chunk (lit, the loader) may come with the entry.
    const loaded = () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/dist/chunks/') && !n.includes('/shared-'));
    expect(loaded()).to.deep.equal([]);
    // Added after the script ran (as a CMS rendering on the client would).
    const host = document.createElement('div');
    host.innerHTML = '<kpss-events src="/demo/data/klatovsko.json"></kpss-events>';
    document.body.append(host);
    await customElements.whenDefined('kpss-events');
    expect(customElements.get('kpss-catalog'), 'the catalogue is not loaded for an events page').to.equal(undefined);
    expect(loaded().some((n) => n.includes('/catalog-'))).to.equal(false);
    host.innerHTML = TAGS.map((t) => `<${t} src="/demo/data/klatovsko.json"></${t}>`).join('');
    for (const tag of TAGS) {
      await customElements.whenDefined(tag);
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    host.remove();
    expect(warnings).to.deep.equal([]);
  });

  it('renders every element from the Klatovsko demo file', async () => {
    const wrapper = await fixture(html`<div>
      ${TAGS.map((tag) => {
        const el = document.createElement(tag);
        el.setAttribute('src', '/demo/data/klatovsko.json');
        return el;
      })}
    </div>`);
    for (const el of wrapper.children) {
      await settle(el);
      expect(el.shadowRoot!.textContent, el.localName).to.contain('Klatovsk');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), el.localName).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('loads Leaflet only for the map, and the map shows the services', async () => {
    const chunks = () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('catalog-map'));
    const wrapper = await fixture(html`<div><kpss-catalog src="/demo/data/klatovsko.json" tile-url="/no-tiles/{z}/{x}/{y}.png"></kpss-catalog></div>`);
    const el = wrapper.firstElementChild!;
    await settle(el);
    expect(chunks()).to.deep.equal([]);
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')].find((b) => b.textContent === 'Mapa')!;
    button.click();
    await customElements.whenDefined('kpss-catalog-map');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const map = el.shadowRoot!.querySelector('kpss-catalog-map')!;
    for (let i = 0; i < 100 && !map.shadowRoot?.querySelector('.leaflet-marker-icon'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(chunks()).to.have.length(1);
    expect(map.shadowRoot!.querySelectorAll('.leaflet-marker-icon').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('keeps its look on a hostile page (font size, line height, box size)', async () => {
    const frame = await fixture(html`<section style="width: 40em; font-size: 16px"><kpss-catalog src="/demo/data/klatovsko.json"></kpss-catalog></section>`);
    const el = frame.firstElementChild!;
    await settle(el);
    const root = el.shadowRoot!.querySelector('.kpss') as HTMLElement;
    const measure = () => {
      const style = getComputedStyle(root);
      const box = el.getBoundingClientRect();
      return { fontSize: style.fontSize, lineHeight: style.lineHeight, fontFamily: style.fontFamily, width: box.width, height: box.height };
    };
    const clean = measure();
    const hostile = document.createElement('style');
    hostile.textContent = await (await fetch('/demo/hostile.css')).text();
    document.head.append(hostile);
    try {
      expect(getComputedStyle(document.documentElement).fontSize, 'the hostile CSS applies').to.equal('10px');
      expect(measure()).to.deep.equal(clean);
      expect(clean.fontSize).to.equal('16px');
    } finally {
      hostile.remove();
    }
  });
});
