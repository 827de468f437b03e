import { expect } from '@open-wc/testing';
import { loadRegion } from '../../src/data/load.js';
import { RegionDataError } from '../../src/data/parse.js';
import { makeRegion } from '../fixtures/region.js';
import { json, stubFetch, type FetchStub } from '../helpers.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('loadRegion', () => {
  let stub: FetchStub;
  let release: () => void;
  let fetchSignal: AbortSignal | undefined;
  beforeEach(() => {
    stub = stubFetch({
      '/ok.json': () => json(makeRegion()),
      '/slow.json': (request) => {
        fetchSignal = request.signal;
        return new Promise((resolve) => (release = () => resolve(json(makeRegion()))));
      },
      '/broken.json': () => json('{"schemaVersion": 1,'),
      '/down.json': () => new Response('oops', { status: 503 }),
    });
  });
  afterEach(() => stub.restore());

  it('fetches a URL once for many callers', async () => {
    const [a, b, c] = await Promise.all([loadRegion('/ok.json'), loadRegion('/ok.json'), loadRegion(new URL('/ok.json', location.href).href)]);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    expect(stub.calls).to.have.length(1);
    await loadRegion('/ok.json');
    expect(stub.calls).to.have.length(1);
  });

  it('turns HTTP errors and bad JSON into typed errors, and does not cache them', async () => {
    const http = await rejection(loadRegion('/down.json'));
    expect(http).to.be.instanceOf(RegionDataError);
    expect((http as RegionDataError).kind).to.equal('http');
    expect((http as RegionDataError).status).to.equal(503);
    const missing = (await rejection(loadRegion('/nothing.json'))) as RegionDataError;
    expect(missing.status).to.equal(404);
    expect(((await rejection(loadRegion('/broken.json'))) as RegionDataError).kind).to.equal('not-json');
    await rejection(loadRegion('/down.json'));
    expect(stub.calls.filter((u) => u.endsWith('/down.json'))).to.have.length(2);
  });

  it('turns a network failure into a typed error: no server, offline, or blocked for this site (CORS)', async () => {
    stub.restore();
    stub = stubFetch({
      '/offline.json': () => Promise.reject(new TypeError('Failed to fetch')),
      // The server answers, but its answer may not be read from this page: only a no-cors request goes through.
      '/blocked.json': (request) => (request.mode === 'no-cors' ? new Response(null, { status: 200 }) : Promise.reject(new TypeError('Failed to fetch'))),
    });
    expect(((await rejection(loadRegion('/offline.json'))) as RegionDataError).kind).to.equal('network');
    expect(((await rejection(loadRegion('/blocked.json'))) as RegionDataError).kind).to.equal('blocked');
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      expect(((await rejection(loadRegion('/offline.json'))) as RegionDataError).kind).to.equal('offline');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', online);
    }
  });

  it('lets one caller give up without aborting the others', async () => {
    const first = new AbortController();
    const a = loadRegion('/slow.json', first.signal);
    const b = loadRegion('/slow.json', new AbortController().signal);
    first.abort();
    expect(((await rejection(a)) as DOMException).name).to.equal('AbortError');
    expect(fetchSignal?.aborted).to.be.false;
    release();
    expect((await b).region.id).to.equal('testov');
  });

  it('aborts the request when every caller has gone, and fetches afresh next time', async () => {
    const one = new AbortController();
    const two = new AbortController();
    const a = loadRegion('/slow.json', one.signal);
    const b = loadRegion('/slow.json', two.signal);
    one.abort();
    two.abort();
    await rejection(a);
    await rejection(b);
    expect(fetchSignal?.aborted).to.be.true;
    const again = loadRegion('/slow.json');
    release();
    expect((await again).region.id).to.equal('testov');
    expect(stub.calls.filter((u) => u.endsWith('/slow.json'))).to.have.length(2);
  });
});
