import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpssFeedbackForm, KpssQueuedEvent, KpssSubmittedEvent, type FeedbackPayload } from '../../../src/components/feedback-form/feedback-form.js';
import { sharedOutbox } from '../../../src/data/outbox.js';
import { clearRegionCache } from '../../../src/data/load.js';
import { define } from '../../../src/define.js';
import { makeRegion } from '../../fixtures/region.js';
import { clearOutboxStores, json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';

define('kpss-feedback-form', KpssFeedbackForm);

const OPEN = new Date('2026-11-23T10:00:00Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const root = (el: KpssFeedbackForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: KpssFeedbackForm, sel: string) => root(el).querySelector<T & Element>(sel) as T;

interface Endpoint {
  /** Bodies the stub received, in order. */
  readonly bodies: FeedbackPayload[];
  /** What the next requests do, in order; then 201. */
  script: ('201' | '200' | '400' | '403' | '403-origin' | '500' | '501' | 'network' | 'lost' | 'hang')[];
}

function endpoint(): Endpoint & { route: (r: Request) => Promise<Response> } {
  const state: Endpoint = { bodies: [], script: [] };
  const stored = new Map<string, string>();
  const route = async (request: Request) => {
    const body = (await request.json()) as FeedbackPayload;
    state.bodies.push(body);
    const step = state.script.shift() ?? '201';
    const answer = { id: body.id, receivedAt: '2026-11-23T10:00:01Z' };
    switch (step) {
      case 'network':
        throw new TypeError('Failed to fetch');
      case 'lost':
        stored.set(body.id, JSON.stringify(body));
        throw new TypeError('Failed to fetch');
      case 'hang':
        return new Promise<Response>(() => {});
      case '500':
        return json({ error: { code: 'internal', message: 'oops' } }, { status: 500 });
      case '400':
        return json({ error: { code: 'invalid', message: 'message: too short' } }, { status: 400 });
      case '403':
        return json({ error: { code: 'closed', message: 'commenting closed' } }, { status: 403 });
      case '403-origin':
        return json({ error: { code: 'origin', message: 'Z této stránky nelze posílat připomínky.' } }, { status: 403 });
      case '501':
        // A town's own web server, which runs no receiver: no JSON error of the contract.
        return new Response('<h1>501 Not Implemented</h1>', { status: 501, headers: { 'content-type': 'text/html' } });
      default:
        if (stored.has(body.id)) return json(answer, { status: 200 });
        stored.set(body.id, JSON.stringify(body));
        return json(answer, { status: 201 });
    }
  };
  return Object.assign(state, { route });
}

async function render(region: unknown = makeRegion(), now: Date = OPEN, attrs: { section?: string } = {}): Promise<KpssFeedbackForm> {
  routes['/region.json'] = () => json(region);
  clearRegionCache();
  const el = await fixture<KpssFeedbackForm>(html`<kpss-feedback-form src="/region.json" section=${attrs.section ?? ''} .now=${now}></kpss-feedback-form>`);
  await settled(el);
  await el.updateComplete;
  return el;
}

async function fill(el: KpssFeedbackForm, field: string, value: string) {
  const control = $<HTMLInputElement>(el, `[name="${field}"]`);
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function submit(el: KpssFeedbackForm) {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

/** Waits for a condition on the element, rendering in between. */
async function until(el: KpssFeedbackForm, check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await tick(10);
    await el.updateComplete;
  }
  throw new Error(`timed out waiting for ${what}`);
}

let routes: Record<string, (r: Request) => Response | Promise<Response>>;
let stub: FetchStub;
let api: ReturnType<typeof endpoint>;

describe('<kpss-feedback-form>', () => {
  beforeEach(async () => {
    localStorage.clear();
    await clearOutboxStores();
    api = endpoint();
    routes = { '/api/feedback': api.route };
    stub = stubFetch(routes);
  });
  afterEach(async () => {
    stub.restore();
    localStorage.clear();
    await clearOutboxStores();
  });

  it('renders the form with the plan sections, counter and privacy, accessibly (empty state)', async () => {
    const region = makeRegion();
    (region.plan as Record<string, unknown>).privacy = { controller: 'Město Klatovy', purpose: 'vypořádání připomínek', retention: '5 let', url: 'javascript:alert(1)' };
    (region.plan as Record<string, unknown>).documentUrl = 'https://example.cz/navrh.pdf';
    const el = await render(region);
    const select = $<HTMLSelectElement>(el, 'select[name="sectionId"]');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', '1', '1.1']);
    expect(textOf(el)).to.contain('Zbývá 5 000 znaků');
    expect(textOf(el)).to.contain('Správce údajů: Město Klatovy');
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    expect($(el, 'a[href="https://example.cz/navrh.pdf"]')).to.exist;
    expect(root(el).querySelector('input[type="checkbox"]'), 'no pre-ticked consent boxes').to.equal(null);
    for (const name of ['sectionId', 'message', 'proposal', 'name', 'organization', 'email', 'website']) expect($(el, `[name="${name}"]`), name).to.exist;
    expect($(el, '[name="email"]').getAttribute('autocomplete')).to.equal('email');
    await expect(el).to.be.accessible();
  });

  it('sends the payload of the contract and shows the receipt (success state)', async () => {
    const el = await render(makeRegion(), OPEN, { section: '1.1' });
    await fill(el, 'message', '  Chybí víkendová služba.  ');
    await fill(el, 'email', 'jana@example.cz');
    const submitted = oneEvent(el, 'kpss-submitted');
    await submit(el);
    const event = (await submitted) as unknown as KpssSubmittedEvent;
    expect(api.bodies).to.have.length(1);
    const body = api.bodies[0]!;
    expect(body).to.deep.equal({ id: body.id, region: 'testov', planId: 'kp-testov-2026-2028', sectionId: '1.1', message: 'Chybí víkendová služba.', email: 'jana@example.cz', website: '' });
    expect(body.id).to.match(UUID);
    expect(event.id).to.equal(body.id);
    await el.updateComplete;
    const receipt = body.id.replace(/-/g, '').slice(0, 8).toUpperCase();
    expect($(el, '.receipt').textContent).to.equal(`${receipt.slice(0, 4)}-${receipt.slice(4)}`);
    expect(root(el).activeElement?.id).to.equal('outcome');
    expect(localStorage.getItem('kpss-draft:feedback:testov/kp-testov-2026-2028')).to.contain('jana@example.cz');
    expect(localStorage.getItem('kpss-draft:feedback:testov/kp-testov-2026-2028')).not.to.contain('Chybí');
    await expect(el).to.be.accessible();
  });

  it('validates on submit: a summary, each error tied to its field, focus on the first (error state)', async () => {
    const el = await render();
    await fill(el, 'email', 'jana@');
    await submit(el);
    await el.updateComplete;
    expect(api.bodies).to.have.length(0);
    const message = $<HTMLTextAreaElement>(el, '#message');
    expect(root(el).activeElement).to.equal(message);
    expect(message.getAttribute('aria-invalid')).to.equal('true');
    expect(message.getAttribute('aria-describedby')).to.contain('message-error');
    expect($(el, '#message-error').textContent).to.contain('Napište prosím');
    expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '.summary').textContent).to.contain('2 chyby');
    await expect(el).to.be.accessible();
    await fill(el, 'message', 'x'.repeat(5001));
    expect(textOf(el)).to.contain('o 1 znaků delší');
    await submit(el);
    expect(api.bodies).to.have.length(0);
  });

  it('shows the sending state and blocks a second submit', async () => {
    api.script = ['hang'];
    const el = await render();
    await fill(el, 'message', 'Text');
    await submit(el);
    await until(el, () => api.bodies.length === 1, 'the request');
    await submit(el);
    await tick(20);
    expect(api.bodies).to.have.length(1);
    const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Odesílám');
    await expect(el).to.be.accessible();
  });

  it('queues a comment on a network failure and sends it with the same id on `online` (queued state)', async () => {
    api.script = ['network'];
    const el = await render();
    await fill(el, 'message', 'Potřebujeme odlehčovací službu.');
    const queued = oneEvent(el, 'kpss-queued');
    await submit(el);
    const q = (await queued) as unknown as KpssQueuedEvent;
    expect(q.persisted).to.be.true;
    await el.updateComplete;
    expect(textOf(el)).to.contain('uložená');
    expect(JSON.parse(localStorage.getItem('kpss-outbox-v1')!).pending[0].payload.message).to.equal('Potřebujeme odlehčovací službu.');
    await expect(el).to.be.accessible();
    const submitted = oneEvent(el, 'kpss-submitted');
    window.dispatchEvent(new Event('online'));
    await submitted;
    expect(api.bodies).to.have.length(2);
    expect(api.bodies[1]!.id).to.equal(api.bodies[0]!.id);
    expect(api.bodies[1]).to.deep.equal(api.bodies[0]);
    await until(el, () => !!root(el).querySelector('.success'), 'the receipt');
    expect(localStorage.getItem('kpss-outbox-v1')).to.equal(null);
  });

  it('keeps one id through a lost answer and two retries; the server stores it once', async () => {
    api.script = ['lost', '500', '200'];
    const el = await render();
    await fill(el, 'message', 'Jedna připomínka.');
    await submit(el);
    await until(el, () => !!root(el).querySelector('.queued'), 'queued');
    window.dispatchEvent(new Event('online'));
    await until(el, () => api.bodies.length === 2, 'first retry');
    await sharedOutbox().flush(true);
    await until(el, () => !!root(el).querySelector('.success'), 'the receipt');
    expect(api.bodies).to.have.length(3);
    expect(new Set(api.bodies.map((b) => b.id)).size).to.equal(1);
  });

  it('keeps the text and shows the server message on a 400', async () => {
    api.script = ['400'];
    const el = await render();
    await fill(el, 'message', 'Můj text');
    await submit(el);
    await until(el, () => !!root(el).querySelector('#server-error'), 'the error');
    expect($(el, '#server-error').textContent).to.contain('message: too short');
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Můj text');
    expect(root(el).activeElement?.id).to.equal('server-error');
    expect(localStorage.getItem('kpss-outbox-v1')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const step of ['501', '403-origin'] as const) {
    it(`a permanent failure (${step}): "not delivered", the coordinator's contact, the text kept, copy and e-mail; nothing queued`, async () => {
      api.script = [step];
      const el = await render();
      await fill(el, 'sectionId', '1.1');
      await fill(el, 'message', 'Chybí odlehčovací služba v Nýrsku.');
      await fill(el, 'proposal', 'Doplnit do opatření 1.1.');
      let queued = false;
      el.addEventListener('kpss-queued', () => (queued = true));
      await submit(el);
      await until(el, () => !!root(el).querySelector('#server-error'), 'the error');
      const box = $(el, '#server-error');
      const text = box.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Připomínku se nepodařilo doručit');
      expect(text).to.match(step === '501' ? /není server, který by je přijímal \(chyba 501\)/ : /Z této stránky nelze posílat připomínky/);
      expect(text).to.contain('Jana Koordinátorová');
      expect(box.querySelector('a[href="tel:+420376000000"]')).to.exist;
      const mail = box.querySelector<HTMLAnchorElement>('a.button[href^="mailto:kpss@klatovy.example?"]')!;
      expect(mail).to.exist;
      const body = new URLSearchParams(mail.href.split('?')[1]).get('body')!;
      expect(body).to.contain('Chybí odlehčovací služba v Nýrsku.');
      expect(body).to.contain('Doplnit do opatření 1.1.');
      // Never a word of "saved" or "will be sent".
      expect(textOf(el)).not.to.match(/odešleme|uložená|uložené/);
      expect(queued).to.be.false;
      expect(localStorage.getItem('kpss-outbox-v1')).to.equal(null);
      expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Chybí odlehčovací služba v Nýrsku.');
      expect(root(el).activeElement?.id).to.equal('server-error');
      await expect(el).to.be.accessible();
      // The copy button puts the text on the clipboard (or says it could not).
      box.querySelector<HTMLButtonElement>('button')!.click();
      await until(el, () => /zkopírovat|zkopírovaný/.test($(el, '.copy-status').textContent ?? ''), 'the copy status');
    });
  }

  it('a queued comment the server later answers 501 comes back as not delivered, not as queued', async () => {
    api.script = ['network', '501'];
    const el = await render();
    await fill(el, 'message', 'Text, který se nedoručí.');
    await submit(el);
    await until(el, () => !!root(el).querySelector('.queued'), 'queued');
    window.dispatchEvent(new Event('online'));
    await until(el, () => !!root(el).querySelector('#server-error'), 'the error');
    expect($(el, '#server-error').textContent).to.contain('chyba 501');
    expect($<HTMLTextAreaElement>(el, '#message').value).to.equal('Text, který se nedoručí.');
    expect(sharedOutbox().pending()).to.have.length(0);
  });

  it('a comment queued for over a day says so, with the contact and its text to pass on', async () => {
    const dayAgo = Date.now() - 25 * 60 * 60 * 1000;
    localStorage.setItem(
      'kpss-outbox-v1',
      JSON.stringify({
        pending: [
          {
            id: '3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77',
            kind: 'feedback',
            scope: 'testov/kp-testov-2026-2028',
            endpoint: 'http://localhost/unreachable/api/feedback',
            payload: { id: '3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77', region: 'testov', planId: 'kp-testov-2026-2028', message: 'Stará připomínka.', website: '' },
            queuedAt: dayAgo,
            attempts: 40,
            nextAt: Date.now() + 60 * 60 * 1000,
          },
        ],
        failures: [],
      }),
    );
    routes['/unreachable/api/feedback'] = () => {
      throw new TypeError('Failed to fetch');
    };
    const el = await render();
    await until(el, () => /déle než den/.test(textOf(el)), 'the stale notice');
    const box = [...root(el).querySelectorAll('.error')].find((b) => /déle než den/.test(b.textContent!))!;
    expect(box.querySelector<HTMLAnchorElement>('a.button[href^="mailto:"]')!.href).to.contain(encodeURIComponent('Stará připomínka.'));
    await expect(el).to.be.accessible();
  });

  it('blocks sending before and after the period, and without a plan (closed state)', async () => {
    const before = await render(makeRegion(), new Date('2026-10-31T22:59:00Z'));
    expect(textOf(before)).to.contain('od 1. listopadu 2026');
    expect(root(before).querySelector('form')).to.equal(null);
    // 23:30 UTC on 15 December is already 16 December in Prague.
    const after = await render(makeRegion(), new Date('2026-12-15T23:30:00Z'));
    expect(textOf(after)).to.contain('skončilo 15. prosince 2026');
    expect(root(after).querySelector('form')).to.equal(null);
    await expect(after).to.be.accessible();
    const lastDay = await render(makeRegion(), new Date('2026-12-15T22:30:00Z'));
    expect(root(lastDay).querySelector('form'), 'the last day is inclusive').to.exist;
    const region = makeRegion() as Record<string, unknown>;
    delete region.plan;
    const none = await render(region);
    expect(textOf(none)).to.contain('teď neprobíhá');
    expect(textOf(none)).to.contain('Jana Koordinátorová');
    await expect(none).to.be.accessible();
    expect(api.bodies).to.have.length(0);
  });

  it('restores a draft and a queued comment after a reload, and sends the queued one', async () => {
    api.script = ['network'];
    const first = await render();
    await fill(first, 'message', 'Odeslaná později.');
    await submit(first);
    await until(first, () => !!root(first).querySelector('.queued'), 'queued');
    root(first).querySelector<HTMLButtonElement>('.queued button')!.click();
    await first.updateComplete;
    await fill(first, 'sectionId', '1');
    await fill(first, 'message', 'Rozepsaná připomínka');
    first.remove();
    api.script = ['network'];
    sharedOutbox().stop();
    const second = await render();
    expect($<HTMLTextAreaElement>(second, '#message').value).to.equal('Rozepsaná připomínka');
    expect($<HTMLSelectElement>(second, '#sectionId').value).to.equal('1');
    await until(second, () => textOf(second).includes('čeká na odeslání'), 'the waiting line');
    root(second).querySelector<HTMLButtonElement>('.queued button')!.click();
    await until(second, () => api.bodies.filter((b) => b.message === 'Odeslaná později.').length === 3, 'the queued comment sent');
    await until(second, () => textOf(second).includes('byla odeslána'), 'the sent notice');
    expect(new Set(api.bodies.map((b) => b.id)).size).to.equal(1);
  });

  it('hides the honeypot from people, assistive tech and the keyboard', async () => {
    const el = await render();
    const trap = $<HTMLInputElement>(el, '[name="website"]');
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    expect(trap.tabIndex).to.equal(-1);
    const box = trap.getBoundingClientRect();
    expect(box.right <= 0 || box.width <= 1).to.be.true;
    $<HTMLSelectElement>(el, '#sectionId').focus();
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement;
      if (active) seen.push(active.id || active.localName);
    }
    expect(seen).to.include('message');
    expect(seen).to.include('email');
    expect(seen).not.to.include('website');
    await expect(el).to.be.accessible();
  });

  it('stores a bot comment like a real one, honeypot filled, and speaks English with lang="en"', async () => {
    const el = await render();
    el.setAttribute('lang', 'en');
    // English is a chunk of its own, loaded on first use.
    await until(el, () => textOf(el).includes('Your comment'), 'the English strings');
    await fill(el, 'message', 'Buy now');
    await fill(el, 'website', 'http://spam.example');
    await submit(el);
    await until(el, () => api.bodies.length === 1, 'the send');
    expect(api.bodies[0]!.website).to.equal('http://spam.example');
  });
});
