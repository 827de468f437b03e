import { expect } from '@open-wc/testing';
import { postJson, retryAfterMs } from '../../src/data/send.js';
import { commentingState, pragueDay } from '../../src/data/period.js';
import { receiptOf, uuid } from '../../src/data/uuid.js';
import { json, stubFetch, type FetchStub } from '../helpers.js';

describe('postJson', () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it('classifies answers as the contract asks: ok, rejected (4xx, 501), retry (408, 429, other 5xx, no answer, timeout)', async () => {
    const answers: Record<string, Response | 'throw' | 'hang'> = {
      '/ok': json({ id: 'x', receivedAt: 't' }, { status: 201 }),
      '/again': json({ id: 'x', receivedAt: 't' }, { status: 200 }),
      '/bad': json({ error: { code: 'invalid', message: 'message: required' } }, { status: 400 }),
      '/conflict': json({ error: { code: 'conflict', message: 'different body' } }, { status: 409 }),
      '/busy': new Response('', { status: 429, headers: { 'retry-after': '30' } }),
      '/timeout': new Response('', { status: 408 }),
      '/down': new Response('<html>Bad gateway</html>', { status: 502 }),
      // A town's own web server where a copied region file's relative endpoint points: no receiver there.
      '/town': new Response('<h1>Not Implemented</h1>', { status: 501 }),
      '/offline': 'throw',
      '/slow': 'hang',
    };
    stub = stubFetch(
      Object.fromEntries(
        Object.entries(answers).map(([k, v]) => [
          k,
          () => (v === 'throw' ? Promise.reject(new TypeError('Failed to fetch')) : v === 'hang' ? new Promise<Response>(() => {}) : v.clone()),
        ]),
      ),
    );
    expect(await postJson('/ok', {})).to.deep.equal({ kind: 'ok', status: 201, body: { id: 'x', receivedAt: 't' } });
    expect((await postJson('/again', {})).kind).to.equal('ok');
    expect(await postJson('/bad', {})).to.deep.equal({ kind: 'rejected', status: 400, code: 'invalid', message: 'message: required' });
    expect((await postJson('/conflict', {})).kind).to.equal('rejected');
    expect(await postJson('/busy', {})).to.deep.equal({ kind: 'retry', status: 429, reason: 'HTTP 429', retryAfterMs: 30_000 });
    expect((await postJson('/timeout', {})).kind).to.equal('retry');
    expect((await postJson('/down', {})).kind).to.equal('retry');
    expect(await postJson('/town', {})).to.deep.equal({ kind: 'rejected', status: 501 });
    expect((await postJson('/offline', {})).kind).to.equal('retry');
    expect(await postJson('/slow', {}, { timeoutMs: 50 })).to.deep.equal({ kind: 'retry', reason: 'timeout' });
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('120')).to.equal(120_000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 0)).to.equal(10_000);
    expect(retryAfterMs('soon')).to.equal(undefined);
    expect(retryAfterMs(null)).to.equal(undefined);
  });
});

describe('ids and periods', () => {
  it('makes v4 UUIDs and short receipts', () => {
    const ids = new Set(Array.from({ length: 100 }, uuid));
    expect(ids.size).to.equal(100);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(receiptOf('3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77')).to.equal('3F0C-2A8E');
  });

  it('makes UUIDs without randomUUID (plain-http town sites)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(uuid()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('counts commenting days inclusively in Prague time', () => {
    const plan = { id: 'p', title: 'P', commenting: { from: '2026-11-01', until: '2026-12-15' } };
    expect(pragueDay(new Date('2026-10-31T23:30:00Z'))).to.equal('2026-11-01');
    expect(commentingState(plan, new Date('2026-10-31T22:30:00Z'))).to.equal('not-yet');
    expect(commentingState(plan, new Date('2026-10-31T23:30:00Z'))).to.equal('open');
    expect(commentingState(plan, new Date('2026-12-15T22:59:00Z'))).to.equal('open');
    expect(commentingState(plan, new Date('2026-12-15T23:00:00Z'))).to.equal('closed');
    expect(commentingState({ id: 'p', title: 'P' }, new Date())).to.equal('none');
    expect(commentingState(undefined, new Date())).to.equal('none');
  });
});
