/**
 * The outbox in real storage: a comment waits in IndexedDB (with a copy in
 * localStorage); when site storage is cleared while it waits, the next retry
 * says it was lost and shows its text, never "sent"; the normal path still
 * delivers it once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { KpssFeedbackForm, type FeedbackPayload } from '../../../src/components/feedback-form/feedback-form.js';
import { sharedOutbox } from '../../../src/data/outbox.js';
import { clearRegionCache } from '../../../src/data/load.js';
import { define } from '../../../src/define.js';
import { makeRegion } from '../../fixtures/region.js';
import { clearOutboxStores, json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';

define('kpss-feedback-form', KpssFeedbackForm);

const OPEN = new Date('2026-11-23T10:00:00Z');
const KEY = 'kpss-outbox-v1';
const TEXT = 'Chybí nám odlehčovací služba o víkendech.';
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const root = (el: KpssFeedbackForm) => el.shadowRoot!;

/**
 * Test files run in parallel pages of one origin: wait until no other page's
 * submission waits in the shared outbox before wiping it (at most 5 s).
 */
const mine = new Set<string>();
async function quiet(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const pending = (JSON.parse(localStorage.getItem(KEY) ?? '{}') as { pending?: { id: string }[] }).pending ?? [];
    if (pending.every((p) => mine.has(p.id))) return;
    await tick(10);
  }
}

/** Every database of this origin removed, as "clear site data" does. */
async function clearIndexedDb(): Promise<void> {
  await quiet();
  for (const db of await indexedDB.databases()) {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(db.name!);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error(`deleting ${db.name} is blocked by an open connection`));
    });
  }
}

/** What IndexedDB holds for the outbox (read with the browser's own API, not the module's). */
async function idbOutbox(): Promise<{ pending?: { payload: FeedbackPayload }[] } | undefined> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('kpss-outbox')) return undefined;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('kpss-outbox');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('outbox')) return undefined;
    return await new Promise((resolve, reject) => {
      const request = db.transaction('outbox', 'readonly').objectStore('outbox').get(KEY);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

async function until(el: KpssFeedbackForm, check: () => boolean | Promise<boolean>, what: string) {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await tick(10);
    await el.updateComplete;
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('<kpss-feedback-form>: the outbox in IndexedDB and localStorage', () => {
  let stub: FetchStub;
  let down = true;
  let bodies: FeedbackPayload[] = [];

  async function queued(): Promise<KpssFeedbackForm> {
    clearRegionCache();
    const el = await fixture<KpssFeedbackForm>(html`<kpss-feedback-form src="/region.json" .now=${OPEN}></kpss-feedback-form>`);
    await settled(el);
    const message = root(el).querySelector<HTMLTextAreaElement>('[name="message"]')!;
    message.value = TEXT;
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(el, () => !!root(el).querySelector('.queued'), 'the queued notice');
    return el;
  }

  beforeEach(async () => {
    await clearOutboxStores();
    await clearIndexedDb();
    localStorage.clear();
    down = true;
    bodies = [];
    stub = stubFetch({
      '/region.json': () => json(makeRegion()),
      '/api/feedback': async (request: Request) => {
        const body = (await request.json()) as FeedbackPayload;
        bodies.push(body);
        mine.add(body.id);
        if (down) throw new TypeError('Failed to fetch');
        return json({ id: body.id, receivedAt: '2026-11-23T10:00:01Z' }, { status: 201 });
      },
    });
  });
  afterEach(async () => {
    stub.restore();
    await clearIndexedDb();
    localStorage.clear();
  });

  it('keeps a waiting comment in IndexedDB as well as in localStorage', async () => {
    const el = await queued();
    expect(JSON.parse(localStorage.getItem(KEY)!).pending[0].payload.message).to.equal(TEXT);
    await until(el, async () => (await idbOutbox())?.pending?.[0]?.payload.message === TEXT, 'the comment in IndexedDB');
  });

  it('a comment lost from storage is said to be lost, with its text, never "sent"', async () => {
    const el = await queued();
    await until(el, async () => !!(await idbOutbox())?.pending?.length, 'the comment in IndexedDB');
    await clearIndexedDb();
    localStorage.clear();
    down = false;
    await sharedOutbox().flush(true);
    await until(el, () => !!root(el).querySelector('[role="alert"]'), 'the alert');
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('ztratila z úložiště tohoto zařízení');
    expect(root(el).querySelector<HTMLTextAreaElement>('[name="message"]')!.value, 'the text is back in the form').to.equal(TEXT);
    expect(root(el).querySelector('.queued'), 'no longer "will be sent"').to.equal(null);
    expect(root(el).querySelector('.success')).to.equal(null);
    expect(textOf(el)).not.to.contain('odeslaná');
    expect(bodies).to.have.length(1, 'nothing sent that the device no longer has');
    await expect(el).to.be.accessible();
  });

  it('with only localStorage cleared, the copy in IndexedDB is still delivered, once', async () => {
    const el = await queued();
    await until(el, async () => !!(await idbOutbox())?.pending?.length, 'the comment in IndexedDB');
    await quiet();
    localStorage.clear();
    down = false;
    await sharedOutbox().flush(true);
    await until(el, () => !!root(el).querySelector('.success'), 'the receipt');
    expect(bodies).to.have.length(2);
    expect(bodies[1]).to.deep.equal(bodies[0]);
    await sharedOutbox().flush(true);
    expect(bodies).to.have.length(2, 'delivered once');
    await until(el, async () => (await idbOutbox()) === undefined, 'the outbox emptied in IndexedDB');
  });

  it('the normal path: queued, then delivered once; storage emptied', async () => {
    const el = await queued();
    down = false;
    await sharedOutbox().flush(true);
    await until(el, () => !!root(el).querySelector('.success'), 'the receipt');
    await sharedOutbox().flush(true);
    expect(bodies).to.have.length(2);
    expect(new Set(bodies.map((b) => b.id)).size).to.equal(1);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });
});
