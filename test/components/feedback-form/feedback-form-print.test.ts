import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { KpssFeedbackForm } from '../../../src/components/feedback-form/feedback-form.js';
import { define } from '../../../src/define.js';
import { makeRegion } from '../../fixtures/region.js';
import { json, settled, stubFetch, type FetchStub } from '../../helpers.js';

define('kpss-feedback-form', KpssFeedbackForm);

const OPEN = new Date('2026-11-23T10:00:00Z');
const printed = (e: Element | null) => !!e && e.getClientRects().length > 0;

async function render(): Promise<KpssFeedbackForm> {
  const el = await fixture<KpssFeedbackForm>(html`<kpss-feedback-form src="/region.json" .now=${OPEN}></kpss-feedback-form>`);
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('<kpss-feedback-form> printed', () => {
  let stub: FetchStub;
  beforeEach(() => {
    localStorage.clear();
    stub = stubFetch({ '/region.json': () => json(makeRegion()) });
  });
  afterEach(async () => {
    stub.restore();
    localStorage.clear();
    await emulateMedia({ media: 'screen' });
  });

  it('prints an empty form as a short note: where to comment and until when, no fields or buttons', async () => {
    const el = await render();
    const root = el.shadowRoot!;
    expect(printed(root.querySelector('.print-note')), 'no note on screen').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(printed(root.querySelector('textarea#message')), 'the empty comment field prints').to.equal(false);
    expect(printed(root.querySelector('button[type="submit"]')), 'the send button prints').to.equal(false);
    const note = root.querySelector('.print-note');
    expect(printed(note), 'the note prints').to.equal(true);
    const text = note!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('15. prosince 2026');
    expect(text).to.contain(location.host);
  });

  it('prints a written comment as it stands', async () => {
    const el = await render();
    const root = el.shadowRoot!;
    const message = root.querySelector<HTMLTextAreaElement>('#message')!;
    message.value = 'Chybí odlehčovací služba v Nýrsku.';
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(printed(message)).to.equal(true);
    expect(printed(root.querySelector('.print-note'))).to.equal(false);
  });
});
