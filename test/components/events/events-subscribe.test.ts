/** `<kpss-events>`: "Odebírat kalendář", the webcal: link and the feed's address with a copy button. */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { KpssEvents } from '../../../src/components/events/events.js';
import { define } from '../../../src/define.js';
import { json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';
import { overflow } from '../a11y-checks.js';
import { NOW, makeEventsRegion } from './fixtures.js';

define('kpss-events', KpssEvents);

const root = (el: KpssEvents) => el.shadowRoot!;
const box = (el: KpssEvents) => root(el).querySelector<HTMLElement>('[part="subscribe"]');
const field = (el: KpssEvents) => root(el).querySelector<HTMLInputElement>('#calendar-url')!;
const copyButton = (el: KpssEvents) => root(el).querySelector<HTMLButtonElement>('[part="subscribe"] button')!;
const live = (el: KpssEvents) => root(el).querySelector('[aria-live="polite"]')!.textContent!.trim();

async function render(attrs: string, src = '/regions/testov.json'): Promise<KpssEvents> {
  const el = document.createElement('kpss-events') as KpssEvents;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  el.now = NOW;
  el.setAttribute('src', src);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

/** Waits for the copy handler (it awaits the clipboard) to announce. */
async function announced(el: KpssEvents): Promise<string> {
  for (let i = 0; i < 50 && !live(el); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  return live(el);
}

describe('<kpss-events> subscribe to the calendar', () => {
  let stub: FetchStub;
  let warnings: string[];
  const originalWarn = console.warn;
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  const execCommand = document.execCommand;
  beforeEach(() => {
    // The region file at kpss-server's address, at a town's own address, and on another server.
    stub = stubFetch({ '/regions/testov.json': () => json(makeEventsRegion()), '/data/testov.json': () => json(makeEventsRegion()),
      '/regions-testov.json': () => json(makeEventsRegion()),
    });
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    stub.restore();
    console.warn = originalWarn;
    Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    document.execCommand = execCommand;
  });

  it('derives the feed from a kpss-server region URL: a webcal: link and the https address in a read-only field', async () => {
    const el = await render('');
    const feed = new URL('/regions/testov/events.ics', document.baseURI).href;
    expect(box(el), 'the box').to.exist;
    expect(box(el)!.querySelector('h3')!.textContent!.trim()).to.equal('Odebírat kalendář');
    const link = box(el)!.querySelector<HTMLAnchorElement>('a.webcal')!;
    expect(link.getAttribute('href')).to.equal(feed.replace(/^http:/, 'webcal:'));
    expect(link.textContent!.trim()).to.equal('Odebírat v kalendáři tohoto telefonu nebo počítače');
    expect(field(el).value).to.equal(feed);
    expect(field(el).readOnly).to.be.true;
    expect(root(el).querySelector('label[for="calendar-url"]')!.textContent).to.equal('Adresa kalendáře');
    expect(textOf(el)).to.contain('Přidat kalendář → Z adresy URL');
    expect(copyButton(el).textContent!.trim()).to.equal('Kopírovat adresu');
    expect(copyButton(el).type).to.equal('button');
    // Between the upcoming and the past meetings, so the list stays first.
    expect(root(el).querySelector('.upcoming')!.compareDocumentPosition(box(el)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    await expect(el).to.be.accessible();
  });

  it('keeps the server\'s path and drops the query of an absolute src on another host', async () => {
    const el = await render('', 'https://kpss.klatovy.example/kpss/regions/testov.json?v=3');
    expect(field(el).value).to.equal('https://kpss.klatovy.example/kpss/regions/testov/events.ics');
    expect(box(el)!.querySelector('a.webcal')!.getAttribute('href')).to.equal('webcal://kpss.klatovy.example/kpss/regions/testov/events.ics');
  });

  it('calendar-url overrides, absolute or relative to the page', async () => {
    const absolute = await render('calendar-url="https://kalendar.klatovy.example/setkani.ics"');
    expect(field(absolute).value).to.equal('https://kalendar.klatovy.example/setkani.ics');
    expect(box(absolute)!.querySelector('a.webcal')!.getAttribute('href')).to.equal('webcal://kalendar.klatovy.example/setkani.ics');
    const relative = await render('calendar-url="/regions/klatovsko/events.ics"', '/data/testov.json');
    expect(field(relative).value).to.equal(new URL('/regions/klatovsko/events.ics', document.baseURI).href);
    // Set as a property too.
    relative.calendarUrl = 'https://jinde.example/k.ics';
    await relative.updateComplete;
    expect(field(relative).value).to.equal('https://jinde.example/k.ics');
  });

  it('ignores a calendar-url that is not http(s), with one warning; none turns the offer off', async () => {
    for (const bad of ['javascript:alert(1)', 'webcal://kalendar.example/k.ics', 'ftp://kalendar.example/k.ics', 'data:text/calendar,BEGIN']) {
      warnings = [];
      const el = await render(`calendar-url="${bad}"`, '/data/testov.json');
      expect(box(el), bad).to.equal(null);
      expect(root(el).querySelector('a.webcal, #calendar-url')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes('calendar-url')), `one warning for ${bad}`).to.have.length(1);
    }
    // Ignored means the derived address still serves on a kpss-server src.
    const derived = await render('calendar-url="javascript:alert(1)"');
    expect(field(derived).value).to.equal(new URL('/regions/testov/events.ics', document.baseURI).href);
    const none = await render('calendar-url="none"');
    expect(box(none)).to.equal(null);
  });

  it('offers nothing for a region file that is not on kpss-server, nor in the compact variant', async () => {
    expect(box(await render('', '/data/testov.json'))).to.equal(null);
    expect(box(await render('', '/kpss/regions-testov.json'))).to.equal(null);
    const compact = await render('variant="compact"');
    expect(box(compact)).to.equal(null);
    expect(root(compact).querySelector('#calendar-url')).to.equal(null);
  });

  it('copies the address with the clipboard, announces it politely and leaves the focus on the button', async () => {
    const written: string[] = [];
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText: async (text: string) => void written.push(text) }) });
    const el = await render('');
    copyButton(el).focus();
    copyButton(el).click();
    expect(await announced(el)).to.equal('Adresa zkopírována.');
    expect(written).to.deep.equal([field(el).value]);
    expect(root(el).activeElement).to.equal(copyButton(el));
    expect(root(el).querySelector('[aria-live="polite"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('without the clipboard: the copy command on the selected address, else the address left selected in its field', async () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    document.execCommand = () => true;
    const el = await render('');
    copyButton(el).focus();
    copyButton(el).click();
    expect(await announced(el)).to.equal('Adresa zkopírována.');
    expect(root(el).activeElement, 'back on the button').to.equal(copyButton(el));

    document.execCommand = () => false;
    const other = await render('');
    copyButton(other).focus();
    copyButton(other).click();
    expect(await announced(other)).to.contain('Adresa je označená');
    const input = field(other);
    expect(root(other).activeElement, 'the selected address is where the eye goes').to.equal(input);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
  });

  it('a long address shrinks its field on a 320 px phone: nothing sideways', async () => {
    await setViewport({ width: 320, height: 720 });
    try {
      const long = `https://kpss.klatovy.example/${'velmi-dlouha-cesta/'.repeat(8)}regions/testov/events.ics`;
      const el = await render(`calendar-url="${long}"`);
      expect(field(el).value).to.equal(long);
      expect(overflow(el, 320)).to.deep.equal([]);
      expect(copyButton(el).getBoundingClientRect().height).to.be.at.least(44);
      expect(box(el)!.querySelector('a.webcal')!.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
