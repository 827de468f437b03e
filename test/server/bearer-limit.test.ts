/**
 * Failed bearer guesses are limited per address, as the desk's sign-in form
 * is: a real server on a loopback port, requests from two loopback addresses
 * (127.0.0.1 and 127.0.0.2), the clock moved past the window.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { TOKEN, tempDir, testApp } from './helpers.js';

function call(port: number, token: string, localAddress: string): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, localAddress, path: '/api/feedback?region=testovsko', headers: { authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test('30 wrong bearer guesses from one address: 429 before the 30th, the right token too until the window passes; another address unaffected', async () => {
  const tmp = tempDir();
  const real = await testApp({ store: openSqliteStore(join(tmp.dir, 'kpss.db')) });
  try {
    await real.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (real.app.server.address() as AddressInfo).port;
    const answers: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 30; i++) {
      const res = await call(port, `wrong-guess-${i}-0123456789`, '127.0.0.1');
      answers.push(res.status);
      if (res.status === 429) retryAfter ??= res.retryAfter;
    }
    const first429 = answers.indexOf(429);
    assert.ok(first429 !== -1 && first429 < 29, `a 429 before the 30th guess: ${answers.join(',')}`);
    assert.ok(answers.slice(0, first429).every((s) => s === 401), answers.join(','));
    assert.ok(answers.slice(first429).every((s) => s === 429), answers.join(','));
    assert.match(String(retryAfter), /^\d+$/, 'Retry-After in seconds');

    assert.equal((await call(port, TOKEN, '127.0.0.1')).status, 429, 'the right token from the limited address: still refused');
    assert.equal((await call(port, TOKEN, '127.0.0.2')).status, 200, 'the right token from another address works');
    assert.equal((await call(port, 'another-wrong-guess-0123456789', '127.0.0.2')).status, 401, 'another address has its own count');

    real.clock.now = new Date(real.clock.now.getTime() + 61_000);
    assert.equal((await call(port, TOKEN, '127.0.0.1')).status, 200, 'after the window the right token works again');
  } finally {
    await real.close();
    tmp.cleanup();
  }
});
