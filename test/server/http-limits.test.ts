/**
 * The HTTP server's own limits (server/http-limits.ts), on a real server on
 * a loopback port with raw sockets: a half-sent request is closed within the
 * headers timeout, a body that never finishes within the request timeout, an
 * idle keep-alive connection within the keep-alive timeout; a connection over
 * the cap is refused and the server still answers once the others are gone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { loadConfig } from '../../server/config.js';
import { testApp, type TestApp } from './helpers.js';

const SHORT = { headersTimeoutMs: 600, requestTimeoutMs: 1200, keepAliveTimeoutMs: 500, socketTimeoutMs: 5000, maxConnections: 8 };

async function listening(options: Partial<typeof SHORT> = SHORT): Promise<{ t: TestApp; port: number }> {
  const t = await testApp({ http: options } as never);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  return { t, port: typeof address === 'object' && address ? address.port : 0 };
}

/** A socket that has connected; `closed` resolves with the ms from `since` until the server closed it. */
async function open(port: number): Promise<{ socket: Socket; closed: Promise<number>; data: () => string }> {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.on('data', (d) => (data += d));
  socket.on('error', () => {});
  const start = Date.now();
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - start)));
  await Promise.race([once(socket, 'connect'), closed]);
  return { socket, closed, data: () => data };
}

/** Resolves to the ms until `closed`, or Infinity after `ms`. */
const within = (closed: Promise<number>, ms: number) =>
  Promise.race([closed, new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), ms).unref())]);

test('a half-sent request (headers never finished) is closed by the server within the headers timeout', { timeout: 20_000 }, async () => {
  const { t, port } = await listening();
  try {
    const s = await open(port);
    s.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    // A slowloris keeps trickling: one byte well inside any idle timeout.
    const drip = setInterval(() => s.socket.write('a'), 100);
    const ms = await within(s.closed, 4000);
    clearInterval(drip);
    s.socket.destroy();
    assert.ok(ms < 4000, `closed after ${ms} ms (headers timeout ${SHORT.headersTimeoutMs} ms)`);
  } finally {
    await t.close();
  }
});

test('a body that never arrives in full is closed within the request timeout', { timeout: 20_000 }, async () => {
  const { t, port } = await listening();
  try {
    const s = await open(port);
    s.socket.write('POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":');
    const drip = setInterval(() => s.socket.write(' '), 100);
    const ms = await within(s.closed, 5000);
    clearInterval(drip);
    s.socket.destroy();
    assert.ok(ms < 5000, `closed after ${ms} ms (request timeout ${SHORT.requestTimeoutMs} ms)`);
  } finally {
    await t.close();
  }
});

test('an idle keep-alive connection is closed after the keep-alive timeout', { timeout: 20_000 }, async () => {
  const { t, port } = await listening();
  try {
    const s = await open(port);
    s.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const ms = await within(s.closed, 4000);
    s.socket.destroy();
    assert.match(s.data(), /^HTTP\/1\.1 200/);
    assert.ok(ms < 4000, `closed after ${ms} ms (keep-alive timeout ${SHORT.keepAliveTimeoutMs} ms)`);
  } finally {
    await t.close();
  }
});

test('connections over the cap are refused; once the half-sent ones time out the server answers again', { timeout: 20_000 }, async () => {
  const { t, port } = await listening();
  const sockets: Socket[] = [];
  try {
    const held = [];
    for (let i = 0; i < SHORT.maxConnections; i += 1) {
      const s = await open(port);
      sockets.push(s.socket);
      s.socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      held.push(s);
    }
    const over = await open(port);
    sockets.push(over.socket);
    over.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const refusedAfter = await within(over.closed, 300);
    assert.ok(refusedAfter < 300, `the connection over the cap is closed at once (after ${refusedAfter} ms)`);
    assert.equal(over.data(), '', 'and gets no answer');
    // The held ones are closed by the headers timeout, and the server answers a normal request.
    await Promise.all(held.map((s) => within(s.closed, 4000)));
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(3000) });
    assert.equal(res.status, 200);
  } finally {
    for (const s of sockets) s.destroy();
    await t.close();
  }
});

test('the limits come from the environment, with defaults', () => {
  const defaults = loadConfig({}, '/srv/kpss').http;
  assert.deepEqual(defaults, { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, socketTimeoutMs: 60_000, maxConnections: 800 });
  const set = loadConfig(
    { KPSS_HEADERS_TIMEOUT: '5', KPSS_REQUEST_TIMEOUT: '20', KPSS_KEEP_ALIVE_TIMEOUT: '2', KPSS_SOCKET_TIMEOUT: '30', KPSS_MAX_CONNECTIONS: '300' },
    '/srv/kpss',
  ).http;
  assert.deepEqual(set, { headersTimeoutMs: 5_000, requestTimeoutMs: 20_000, keepAliveTimeoutMs: 2_000, socketTimeoutMs: 30_000, maxConnections: 300 });
  assert.throws(() => loadConfig({ KPSS_MAX_CONNECTIONS: '0' }, '/srv/kpss'), /KPSS_MAX_CONNECTIONS/);
  assert.throws(() => loadConfig({ KPSS_HEADERS_TIMEOUT: '40', KPSS_REQUEST_TIMEOUT: '30' }, '/srv/kpss'), /KPSS_HEADERS_TIMEOUT/);
});
