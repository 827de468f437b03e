/**
 * GET /api/settlement/receipt: a resident finds their comment by the receipt
 * the form showed. Only what the public table shows (number, section, status,
 * reason); not yet settled says so; spam is not found; a duplicate names the
 * comment it repeats; a colliding receipt gives every match; the code is read
 * in any case, with or without the dash; bad input is 400, an unknown plan or
 * code 404, and too many look-ups from one address 429.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite.js';
import { receiptOf } from '../../src/data/uuid.js';
import { normalizeReceipt } from '../../src/data/receipt-lookup.js';
import { PLAN, REGION, auth, comment, post, testApp, type TestApp } from './helpers.js';

/** Each request from its own address unless told, so the rate limit is tested on its own. */
let address = 0;
const nextAddress = () => `192.0.2.${(address++ % 250) + 1}`;

function lookUp(t: TestApp, receipt: string, options: { region?: string; plan?: string; from?: string; lang?: string } = {}) {
  const query = new URLSearchParams({ region: options.region ?? REGION, plan: options.plan ?? PLAN, receipt });
  return t.app.inject({
    method: 'GET',
    url: `/api/settlement/receipt?${query}`,
    remoteAddress: options.from ?? nextAddress(),
    headers: options.lang ? { 'accept-language': options.lang } : {},
  });
}

function settle(t: TestApp, id: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'PATCH', url: `/api/feedback/${id}`, headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
}

/** A UUID whose receipt is `prefix` (8 hex digits): how two comments can share one. */
const withReceipt = (prefix: string) => `${prefix.slice(0, 8)}${randomUUID().slice(8)}`;

describe('the receipt code as residents type it', () => {
  test('any case, with or without the dash, spaces anywhere, a dash a mail program changed', () => {
    for (const typed of ['3F0C-2A8E', '3f0c-2a8e', '3F0C2A8E', ' 3f0c2a8e ', '3F0C 2A8E', '3F0C – 2A8E', '3F0C\u20112A8E', '\t3f0C-2a8E\n']) {
      assert.equal(normalizeReceipt(typed), '3F0C-2A8E', JSON.stringify(typed));
    }
  });
  test('not a code: too short or long, letters beyond F, two dashes, empty', () => {
    for (const typed of ['', '3F0C-2A8', '3F0C-2A8E1', '3F0G-2A8E', '3F0C--2A8E', '3F-0C2A8E', 'OOOO-OOOO', '12', '3F0C-2A8E-1111']) {
      assert.equal(normalizeReceipt(typed), undefined, JSON.stringify(typed));
    }
  });
  test('what receiptOf gives is read back unchanged', () => {
    const id = randomUUID();
    assert.equal(normalizeReceipt(receiptOf(id)), receiptOf(id));
  });
});

describe('GET /api/settlement/receipt', () => {
  let t: TestApp;
  let store: SqliteStore;
  const ids = { settled: '', open: '', spam: '', duplicate: '', twinA: '', twinB: '' };

  before(async () => {
    store = openSqliteStore(':memory:');
    t = await testApp({ store });
    const bodies = {
      settled: comment({ name: 'Karel Soukromý', organization: 'Soukromá o.p.s.', email: 'karel.soukromy@example.cz' }),
      open: comment({ message: 'Ještě nevypořádaná připomínka.', sectionId: '2' }),
      spam: comment({ message: 'Levné hodinky.', sectionId: null }),
      duplicate: comment({ message: 'Prosíme o pečovatelskou službu i o víkendech v menších obcích!' }),
      twinA: comment({ id: withReceipt('aaaabbbb'), message: 'První se stejným kódem.' }),
      twinB: comment({ id: withReceipt('aaaabbbb'), message: 'Druhá se stejným kódem.', sectionId: null }),
    };
    for (const [key, body] of Object.entries(bodies)) {
      assert.equal((await post(t.app, body)).statusCode, 201);
      ids[key as keyof typeof ids] = String(body.id);
    }
    assert.equal((await settle(t, ids.settled, { status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1.' })).statusCode, 200);
    assert.equal((await settle(t, ids.spam, { status: 'vzato-na-vedomi', resolution: 'Spam.' })).statusCode, 200);
    assert.equal((await settle(t, ids.twinA, { status: 'neakceptovano', resolution: 'Mimo plán.' })).statusCode, 200);
    // A reason typed without a status is not published yet.
    assert.equal((await settle(t, ids.open, { resolution: 'Rozpracováno.' })).statusCode, 200);
    const at = t.clock.now.toISOString();
    assert.equal((await store.desk.mark(ids.spam, { mark: 'spam', duplicateOf: null }, at, 'Jana Vlčková')).ok, true);
    assert.equal((await store.desk.mark(ids.duplicate, { mark: 'duplicate', duplicateOf: 1 }, at, 'Jana Vlčková')).ok, true);
  });
  after(() => t.close());

  test('a settled comment: its number, section, status and reason, and nothing personal', async () => {
    const res = await lookUp(t, receiptOf(ids.settled));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['cache-control'], 'no-store');
    const body = res.json();
    assert.deepEqual(Object.keys(body).sort(), ['comments', 'plan', 'receipt', 'region']);
    assert.deepEqual(body, {
      region: REGION,
      plan: PLAN,
      receipt: receiptOf(ids.settled),
      comments: [{ number: 1, section: '1.1', paragraph: null, status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1.' }],
    });
    for (const secret of ['Karel', 'Soukrom', 'karel.soukromy', '@', 'receivedAt', 'settledAt', 'email', 'name', 'organization', 'message', 'proposal', ids.settled]) {
      assert.ok(!res.body.includes(secret), `the answer must not contain ${secret}`);
    }
  });

  test('a comment not yet settled: its number and status null, not the reason typed so far', async () => {
    const res = await lookUp(t, receiptOf(ids.open));
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().comments, [{ number: 2, status: null }]);
    assert.ok(!res.body.includes('Rozpracováno'));
  });

  test('spam is never published, so it is not found (even when it was settled before it was marked)', async () => {
    const res = await lookUp(t, receiptOf(ids.spam));
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'unknown-receipt');
    assert.ok(!res.body.includes('Spam.'));
  });

  test('a duplicate names the comment it repeats, whose settlement is in the table', async () => {
    const res = await lookUp(t, receiptOf(ids.duplicate));
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().comments, [{ number: 4, status: null, duplicateOf: 1 }]);
  });

  test('two comments with the same receipt: both, by number, each as the table has it', async () => {
    const res = await lookUp(t, 'AAAA-BBBB');
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().comments, [
      { number: 5, section: '1.1', paragraph: null, status: 'neakceptovano', resolution: 'Mimo plán.' },
      { number: 6, status: null },
    ]);
  });

  test('the code in lower case, without the dash, with spaces: the same answer, the code as the form writes it', async () => {
    const receipt = receiptOf(ids.settled);
    for (const typed of [receipt.toLowerCase(), receipt.replace('-', ''), `  ${receipt.toLowerCase().replace('-', ' ')}  `]) {
      const res = await lookUp(t, typed);
      assert.equal(res.statusCode, 200, `${typed}: ${res.body}`);
      assert.equal(res.json().receipt, receipt);
      assert.equal(res.json().comments[0].number, 1);
    }
  });

  test('a malformed code is 400 invalid with a clear message, in Czech or English', async () => {
    for (const typed of ['3F0C-2A8', 'ZZZZ-ZZZZ', '3F0C-2A8E-0000', 'not a code']) {
      const res = await lookUp(t, typed);
      assert.equal(res.statusCode, 400, typed);
      assert.equal(res.json().error.code, 'invalid');
      assert.deepEqual(res.json().error.fields, ['receipt']);
      assert.match(res.json().error.message, /8 znaků.*0–9.*A–F/);
    }
    const en = await lookUp(t, 'xyz', { lang: 'en' });
    assert.match(en.json().error.message, /8 characters/);
    const missing = await t.app.inject({ method: 'GET', url: `/api/settlement/receipt?region=${REGION}&plan=${PLAN}`, remoteAddress: nextAddress() });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(missing.json().error.fields, ['receipt']);
    const arrays = await t.app.inject({ method: 'GET', url: `/api/settlement/receipt?region=${REGION}&plan=${PLAN}&receipt=AAAA-BBBB&receipt=x`, remoteAddress: nextAddress() });
    assert.equal(arrays.statusCode, 400);
  });

  test('an unknown region or plan is 404 as for the settlement; an unknown code 404 unknown-receipt with what to check', async () => {
    const region = await lookUp(t, receiptOf(ids.settled), { region: 'neznamo' });
    assert.equal(region.statusCode, 404);
    assert.equal(region.json().error.code, 'unknown-region');
    const plan = await lookUp(t, receiptOf(ids.settled), { plan: 'kp-jiny' });
    assert.equal(plan.statusCode, 404);
    assert.equal(plan.json().error.code, 'unknown-plan');
    // The same code on another region's plan is not this comment.
    const elsewhere = await lookUp(t, receiptOf(ids.settled), { region: 'zavrenovsko', plan: 'kp-zavrenovsko' });
    assert.equal(elsewhere.statusCode, 404);
    assert.equal(elsewhere.json().error.code, 'unknown-receipt');
    const unknown = await lookUp(t, '0000-0000');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.headers['access-control-allow-origin'], '*');
    assert.equal(unknown.json().error.code, 'unknown-receipt');
    assert.match(unknown.json().error.message, /0000-0000.*Zkontrolujte kód/);
  });

  test('30 look-ups a minute from one address, found or not; the 31st is 429 with when to try again', async () => {
    const from = '203.0.113.99';
    for (let i = 0; i < 30; i++) {
      const res = await lookUp(t, i % 2 ? receiptOf(ids.settled) : `${String(i).padStart(4, '0')}-0000`, { from });
      assert.ok(res.statusCode === 200 || res.statusCode === 404, `look-up ${i + 1}: ${res.statusCode}`);
    }
    const limited = await lookUp(t, receiptOf(ids.settled), { from });
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.headers['access-control-allow-origin'], '*');
    assert.equal(limited.json().error.code, 'rate-limited');
    assert.match(limited.json().error.message, /příliš mnoho dotazů na kód; zkuste to znovu za \d+ s/);
    // Another address is not held back; nor is the settlement table.
    assert.equal((await lookUp(t, receiptOf(ids.settled))).statusCode, 200);
    const table = await t.app.inject({ method: 'GET', url: `/api/settlement?region=${REGION}&plan=${PLAN}`, remoteAddress: from });
    assert.equal(table.statusCode, 200);
  });
});
