import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { KpssEvents } from '../../../src/components/events/events.js';
import { define } from '../../../src/define.js';
import { json, settled, stubFetch, type FetchStub } from '../../helpers.js';
import { NOW, makeEventsRegion } from './fixtures.js';

define('kpss-events', KpssEvents);

const printed = (e: Element | null) => !!e && e.getClientRects().length > 0;

async function render(attrs: Record<string, string> = {}): Promise<KpssEvents> {
  const el = document.createElement('kpss-events') as KpssEvents;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.now = NOW;
  el.setAttribute('src', '/events.json');
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

describe('<kpss-events> printed', () => {
  let stub: FetchStub;
  beforeEach(() => {
    stub = stubFetch({ '/events.json': () => json(makeEventsRegion()) });
  });
  afterEach(async () => {
    stub.restore();
    await emulateMedia({ media: 'screen' });
  });

  it('prints no empty "Proběhlá setkání" heading when the past meetings are folded away', async () => {
    const el = await render();
    const past = el.shadowRoot!.querySelector('.past')!;
    const heading = past.querySelector('.section-title')!;
    expect(heading.textContent).to.contain('Proběhlá setkání');
    await emulateMedia({ media: 'print' });
    expect(printed(heading), 'the heading of a folded past prints').to.equal(false);
    // The upcoming meetings still print.
    expect(printed(el.shadowRoot!.querySelector('.upcoming [part="event"]'))).to.equal(true);
  });

  it('prints the past meetings with their heading when they are open', async () => {
    const el = await render();
    const past = el.shadowRoot!.querySelector('.past')!;
    past.querySelector('details')!.open = true;
    await emulateMedia({ media: 'print' });
    expect(printed(past.querySelector('.section-title'))).to.equal(true);
    expect(printed(past.querySelector('[part="event"]'))).to.equal(true);
    expect(printed(past.querySelector('summary')), 'the fold button does not print').to.equal(false);
  });

  it('prints the past with show-past="all"', async () => {
    const el = await render({ 'show-past': 'all' });
    await emulateMedia({ media: 'print' });
    expect(printed(el.shadowRoot!.querySelector('.past .section-title'))).to.equal(true);
    expect(printed(el.shadowRoot!.querySelector('.past [part="event"]'))).to.equal(true);
  });
});
