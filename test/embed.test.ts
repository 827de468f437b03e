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
    if (el.shadowRoot && !el.shadowRoot.querySelector('.loading')) return;
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

  it('defines every element once, and a second evaluation neither throws nor warns', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
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
      expect(el.shadowRoot!.textContent, el.localName).to.contain('Klatovsko');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), el.localName).to.equal(null);
      await expect(el).to.be.accessible();
    }
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
