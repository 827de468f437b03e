/**
 * POST /api/feedback: every row of the feedback API contract's table, the
 * honeypot, CORS, "never a 5xx for bad input" and the request log.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { OTHER_TOWN, PLAN, REGION, TOWN, auth, comment, post, testApp, type TestApp } from './helpers.js';

async function listed(t: TestApp) {
  const res = await t.app.inject({ method: 'GET', url: `/api/feedback?region=${REGION}`, headers: auth });
  assert.equal(res.statusCode, 200);
  return res.json().comments as Array<Record<string, unknown>>;
}

function assertError(res: { statusCode: number; json(): any; headers: Record<string, unknown> }, status: number, code?: string) {
  assert.equal(res.statusCode, status, `expected ${status}, got ${res.statusCode}`);
  assert.match(String(res.headers['content-type']), /application\/json/);
  const body = res.json();
  assert.equal(typeof body.error?.code, 'string');
  assert.equal(typeof body.error?.message, 'string');
  assert.ok(body.error.message.length > 0);
  if (code) assert.equal(body.error.code, code);
  return body.error as { code: string; message: string; fields?: string[] };
}

describe('POST /api/feedback', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(() => t.close());

  test('201 { id, receivedAt } for a new comment, stored with its fields', async () => {
    const body = comment();
    const res = await post(t.app, body);
    assert.equal(res.statusCode, 201);
    const answer = res.json();
    assert.deepEqual(Object.keys(answer).sort(), ['id', 'receivedAt']);
    assert.equal(answer.id, body.id);
    assert.equal(answer.receivedAt, t.clock.now.toISOString());
    const stored = (await listed(t)).find((c) => c.id === body.id);
    assert.ok(stored, 'the comment is stored');
    assert.equal(stored.message, body.message);
    assert.equal(stored.sectionId, '1.1');
    assert.equal(stored.email, body.email);
    assert.equal(stored.status, null);
  });

  test('201 for a minimal general comment (only the required fields); text is trimmed', async () => {
    const res = await post(t.app, { id: randomUUID(), region: REGION, planId: PLAN, message: '  Obecná připomínka.  ' });
    assert.equal(res.statusCode, 201);
    const stored = (await listed(t)).find((c) => c.id === res.json().id)!;
    assert.equal(stored.message, 'Obecná připomínka.');
    assert.equal(stored.sectionId, null);
    assert.equal(stored.name, null);
  });

  test('200 with the same body as the first 201 when the same id comes again; nothing stored twice', async () => {
    const body = comment();
    const first = await post(t.app, body);
    assert.equal(first.statusCode, 201);
    const before = (await listed(t)).length;
    t.clock.now = new Date(t.clock.now.getTime() + 60_000); // a retry a minute later
    const again = await post(t.app, body);
    t.clock.now = new Date(t.clock.now.getTime() - 60_000);
    assert.equal(again.statusCode, 200);
    assert.deepEqual(again.json(), first.json());
    assert.equal((await listed(t)).length, before);
  });

  test('the same id sent twice at once is stored once: one 201, one 200 with the same receipt', async () => {
    const body = comment();
    const [a, b] = await Promise.all([post(t.app, body), post(t.app, body)]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 201]);
    assert.deepEqual(a.json(), b.json());
    assert.equal((await listed(t)).filter((c) => c.id === body.id).length, 1);
  });

  test('200 also for the id in upper case (UUIDs compare case-insensitively)', async () => {
    const body = comment();
    assert.equal((await post(t.app, body)).statusCode, 201);
    const again = await post(t.app, { ...body, id: String(body.id).toUpperCase() });
    assert.equal(again.statusCode, 200);
  });

  test('409 for the same id with a different body', async () => {
    const body = comment();
    assert.equal((await post(t.app, body)).statusCode, 201);
    assertError(await post(t.app, { ...body, message: 'Něco jiného.' }), 409, 'conflict');
    assertError(await post(t.app, { ...body, email: 'jiny@example.cz' }), 409, 'conflict');
    const stored = (await listed(t)).find((c) => c.id === body.id)!;
    assert.equal(stored.message, body.message, 'the first comment is kept');
  });

  describe('400: not JSON, missing or wrong fields (the message says which)', () => {
    test('not JSON', async () => {
      assertError(await post(t.app, '{"id": "x", '), 400, 'not-json');
      assertError(await post(t.app, 'hello'), 400, 'not-json');
    });
    test('JSON that is not an object', async () => {
      for (const body of ['[]', 'null', '"text"', '42', 'true']) assertError(await post(t.app, body), 400);
    });
    test('an empty body', async () => {
      assertError(await post(t.app, ''), 400);
    });
    test('another content type', async () => {
      const res = await post(t.app, JSON.stringify(comment()), { 'content-type': 'text/plain' });
      assertError(res, 400, 'not-json');
      const form = await post(t.app, 'message=x', { 'content-type': 'application/x-www-form-urlencoded' });
      assertError(form, 400, 'not-json');
    });
    test('missing required fields are all named', async () => {
      const error = assertError(await post(t.app, {}), 400, 'invalid');
      for (const field of ['id', 'region', 'planId', 'message']) {
        assert.ok(error.fields?.includes(field), `fields names ${field}`);
        assert.match(error.message, new RegExp(field));
      }
    });
    const cases: Array<[string, Record<string, unknown>]> = [
      ['id', { id: 'not-a-uuid' }],
      ['id', { id: 12345 }],
      ['region', { region: 42 }],
      ['planId', { planId: '' }],
      ['message', { message: '' }],
      ['message', { message: '   \n\t ' }],
      ['message', { message: 'x'.repeat(5001) }],
      ['message', { message: { text: 'x' } }],
      ['proposal', { proposal: 'x'.repeat(5001) }],
      ['email', { email: 'not an e-mail' }],
      ['email', { email: 'jana@' }],
      ['email', { email: 'jana@example' }],
      ['name', { name: ['Jana'] }],
      ['sectionId', { sectionId: 9 }],
      ['sectionId', { sectionId: '9.9' }],
      ['website', { website: { bot: true } }],
    ];
    for (const [field, change] of cases) {
      test(`${field}: ${JSON.stringify(change).slice(0, 50)}`, async () => {
        const error = assertError(await post(t.app, comment(change)), 400, 'invalid');
        assert.match(error.message, new RegExp(field));
        assert.ok(error.fields?.includes(field));
      });
    }
    test('the error never echoes the submitted value', async () => {
      const error = assertError(await post(t.app, comment({ email: 'tajny-spatny-email' })), 400);
      assert.doesNotMatch(error.message, /tajny-spatny-email/);
    });
    test('5000 characters are allowed, counted as characters (not bytes or UTF-16 units)', async () => {
      assert.equal((await post(t.app, comment({ message: 'ř'.repeat(5000) }))).statusCode, 201);
      assert.equal((await post(t.app, comment({ message: '😀'.repeat(5000) }))).statusCode, 201);
      assert.equal((await post(t.app, comment({ proposal: 'x'.repeat(5000) }))).statusCode, 201);
    });
    test('optional fields may be absent, null or empty', async () => {
      const res = await post(t.app, comment({ sectionId: '', proposal: null, name: '', organization: null, email: '' }));
      assert.equal(res.statusCode, 201);
    });
    test('unknown extra fields are ignored (a newer form may send more)', async () => {
      assert.equal((await post(t.app, comment({ lang: 'cs', extra: { a: 1 } }))).statusCode, 201);
    });
  });

  describe('403: the Origin is not a configured town site, or the commenting period is closed', () => {
    test('a foreign site', async () => {
      const body = comment();
      assertError(await post(t.app, body, { origin: 'https://evil.example' }), 403, 'origin');
      assertError(await post(t.app, body, { origin: 'null' }), 403, 'origin');
      assert.equal((await listed(t)).some((c) => c.id === body.id), false);
    });
    test('a town site allowed for other regions only', async () => {
      const narrow = await testApp({
        origins: (await import('../../server/origins.js')).OriginPolicy.parse(`other=${OTHER_TOWN};${REGION}=${TOWN}`),
      });
      try {
        assertError(await post(narrow.app, comment(), { origin: OTHER_TOWN }), 403, 'origin');
        assert.equal((await post(narrow.app, comment(), { origin: TOWN })).statusCode, 201);
      } finally {
        await narrow.close();
      }
    });
    test('an origin allowed for every region (*=)', async () => {
      assert.equal((await post(t.app, comment(), { origin: OTHER_TOWN })).statusCode, 201);
    });
    test('no Origin header (not a browser) is accepted', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/feedback', headers: { 'content-type': 'application/json' }, payload: comment() });
      assert.equal(res.statusCode, 201);
    });
    test('before and after the period (inclusive dates in Prague time)', async () => {
      const saved = t.clock.now;
      try {
        // 2026-11-01 00:30 in Prague is still 2026-10-31 in UTC: open.
        t.clock.now = new Date('2026-10-31T23:30:00Z');
        assert.equal((await post(t.app, comment())).statusCode, 201);
        t.clock.now = new Date('2026-10-31T22:59:00Z'); // 23:59 on Oct 31 in Prague
        assertError(await post(t.app, comment()), 403, 'closed');
        t.clock.now = new Date('2026-12-15T22:59:00Z'); // 23:59 on Dec 15 in Prague: last minute
        assert.equal((await post(t.app, comment())).statusCode, 201);
        t.clock.now = new Date('2026-12-15T23:00:00Z'); // 00:00 on Dec 16 in Prague
        assertError(await post(t.app, comment()), 403, 'closed');
      } finally {
        t.clock.now = saved;
      }
    });
    test('a plan whose period has not started, and a plan without a period', async () => {
      assertError(await post(t.app, comment({ region: 'zavrenovsko', planId: 'kp-zavrenovsko', sectionId: null })), 403, 'closed');
      assertError(await post(t.app, comment({ region: 'bezobdobi', planId: 'kp-bezobdobi', sectionId: null })), 403, 'closed');
    });
    test('a retry after the period closed of a comment stored in time is still 200 (and 409 if different)', async () => {
      const body = comment();
      const first = await post(t.app, body);
      assert.equal(first.statusCode, 201);
      const saved = t.clock.now;
      try {
        t.clock.now = new Date('2027-03-01T10:00:00Z');
        const again = await post(t.app, body);
        assert.equal(again.statusCode, 200);
        assert.deepEqual(again.json(), first.json());
        assertError(await post(t.app, { ...body, message: 'jiná' }), 409);
      } finally {
        t.clock.now = saved;
      }
    });
  });

  describe('404: unknown region or plan', () => {
    test('unknown region', async () => {
      assertError(await post(t.app, comment({ region: 'neznamo' })), 404, 'unknown-region');
    });
    test('unknown plan of a known region', async () => {
      assertError(await post(t.app, comment({ planId: 'kp-testovsko-2020-2022' })), 404, 'unknown-plan');
    });
  });

  describe('413: body over 32 KiB', () => {
    test('over 32 KiB is refused, with a JSON error', async () => {
      const body = JSON.stringify(comment({ message: 'x'.repeat(4000), organization: 'o'.repeat(29_000) }));
      assert.ok(Buffer.byteLength(body) > 32 * 1024);
      assertError(await post(t.app, body), 413, 'too-large');
    });
    test('a full comment with two 5000-character Czech texts fits', async () => {
      const body = JSON.stringify(comment({ message: 'ř'.repeat(5000), proposal: 'ž'.repeat(5000) }));
      assert.ok(Buffer.byteLength(body) < 32 * 1024);
      assert.equal((await post(t.app, body)).statusCode, 201);
    });
  });

  test('429 with Retry-After when one address sends too many, other addresses go on', async () => {
    const limited = await testApp({ rateLimit: { max: 3, windowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i += 1) assert.equal((await post(limited.app, comment())).statusCode, 201);
      const body = comment();
      const res = await post(limited.app, body);
      const error = assertError(res, 429, 'rate-limited');
      assert.ok(Number(res.headers['retry-after']) > 0, 'Retry-After in seconds');
      assert.ok(error.message.length > 0);
      const other = await limited.app.inject({
        method: 'POST',
        url: '/api/feedback',
        remoteAddress: '10.1.2.3',
        headers: { 'content-type': 'application/json', origin: TOWN },
        payload: comment(),
      });
      assert.equal(other.statusCode, 201);
      const stored = await limited.app.inject({ method: 'GET', url: `/api/feedback?region=${REGION}`, headers: auth });
      assert.equal(stored.json().comments.some((c: { id: string }) => c.id === body.id), false, 'the limited comment is not stored');
    } finally {
      await limited.close();
    }
  });

  test('429 counts an IPv6 /64 as one address (a phone can pick any address in it)', async () => {
    const limited = await testApp({ rateLimit: { max: 3, windowMs: 60_000 } });
    const from = (remoteAddress: string) =>
      limited.app.inject({ method: 'POST', url: '/api/feedback', remoteAddress, headers: { 'content-type': 'application/json', origin: TOWN }, payload: comment() });
    try {
      for (const ip of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:aaaa::3']) assert.equal((await from(ip)).statusCode, 201);
      assert.equal((await from('2001:db8:1:2::4')).statusCode, 429);
      assert.equal((await from('2001:db8:1:3::1')).statusCode, 201, 'another /64');
    } finally {
      await limited.close();
    }
  });

  test('honeypot: answered 201 like a real comment, nothing stored', async () => {
    const before = await listed(t);
    const body = comment({ website: 'http://spam.example' });
    const res = await post(t.app, body);
    assert.equal(res.statusCode, 201);
    assert.deepEqual(Object.keys(res.json()).sort(), ['id', 'receivedAt']);
    const after = await listed(t);
    assert.equal(after.length, before.length);
    assert.equal(after.some((c) => c.id === body.id), false);
  });

  test('never a 5xx for bad input', async () => {
    const nasty: Array<string | Buffer> = [
      '{"__proto__": {"admin": true}, "id": "x"}',
      '{"constructor": {"prototype": {"admin": true}}}',
      '['.repeat(15_000) + ']'.repeat(15_000),
      '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
      Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      JSON.stringify(comment({ message: '\u0000\ud800 lone surrogate' })),
      JSON.stringify(comment({ id: '00000000-0000-0000-0000-000000000000' })),
      JSON.stringify(comment({ region: 'x'.repeat(10_000) })),
      JSON.stringify(comment({ planId: { $gt: '' } })),
      JSON.stringify(comment({ sectionId: "1' OR '1'='1" })),
      JSON.stringify(comment({ message: 1e308, email: -0 })),
      JSON.stringify({ ...comment(), region: REGION, planId: PLAN, id: randomUUID(), message: 'ok', name: '\u202e' }),
    ];
    for (const payload of nasty) {
      const res = await post(t.app, payload);
      assert.ok(res.statusCode < 500, `${String(payload).slice(0, 40)} → ${res.statusCode} ${res.body}`);
      assert.ok(res.json().error || res.statusCode < 300);
    }
    const weird = [
      { headers: { 'content-type': 'application/json; charset=iso-8859-2' }, payload: JSON.stringify(comment()) },
      { headers: { 'content-type': 'application/json', 'content-length': '5' }, payload: JSON.stringify(comment()) },
      { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, payload: JSON.stringify(comment()) },
    ];
    for (const w of weird) {
      const res = await t.app.inject({ method: 'POST', url: '/api/feedback', ...w });
      assert.ok(res.statusCode < 500, `${JSON.stringify(w.headers)} → ${res.statusCode} ${res.body}`);
    }
  });

  test('error messages are Czech for residents (the form shows them), English when the client prefers it', async () => {
    const cs = assertError(await post(t.app, comment({ email: 'x' })), 400);
    assert.match(cs.message, /^Chybná nebo chybějící pole: email \(/);
    const csExplicit = assertError(await post(t.app, comment({ email: 'x' }), { 'accept-language': 'cs-CZ,cs;q=0.9,en;q=0.8' }), 400);
    assert.equal(csExplicit.message, cs.message);
    const en = assertError(await post(t.app, comment({ email: 'x' }), { 'accept-language': 'en-GB,en;q=0.9,cs;q=0.5' }), 400);
    assert.match(en.message, /^Wrong or missing fields: email \(/);
    assert.equal(en.code, cs.code);
    const closed = assertError(await post(t.app, comment({ region: 'zavrenovsko', planId: 'kp-zavrenovsko', sectionId: null })), 403);
    assert.equal(closed.message, 'Připomínkování tohoto plánu není otevřené.');
  });

  test('CORS: every site gets its preflight answered and can read the answer; a foreign site reads a 403 refusal', async () => {
    for (const origin of [TOWN, 'https://evil.example']) {
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/feedback',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.ok(preflight.statusCode < 300, origin);
      assert.equal(preflight.headers['access-control-allow-origin'], '*');
      assert.match(String(preflight.headers['access-control-allow-headers']).toLowerCase(), /content-type/);
    }
    const answer = await post(t.app, comment());
    assert.equal(answer.statusCode, 201);
    assert.equal(answer.headers['access-control-allow-origin'], '*');
    // The refusal itself is readable, so the form can tell "refused" from "offline".
    const foreign = comment();
    const refused = await post(t.app, foreign, { origin: 'https://evil.example' });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.headers['access-control-allow-origin'], '*');
    assert.equal(refused.json().error.code, 'origin');
    assert.ok(!(await listed(t)).some((c) => c.id === foreign.id), 'nothing stored from the foreign site');
  });
});

describe('the request log', () => {
  test('one line per request, without comment text, names, e-mails or addresses', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const t = await testApp({ logger: { level: 'info', stream } });
    try {
      const body = comment({ message: 'TAJNÁ ZPRÁVA o sousedovi', name: 'Karel Tajný', organization: 'Tajná s.r.o.', email: 'karel.tajny@example.cz' });
      await post(t.app, body, { 'x-forwarded-for': '203.0.113.7' });
      await post(t.app, body);
      await post(t.app, { ...body, website: 'bot' , id: randomUUID() });
      await post(t.app, { ...body, email: 'spatny email' });
      await t.app.inject({ method: 'GET', url: `/api/feedback.csv?region=${REGION}`, headers: auth });
      await t.app.inject({ method: 'GET', url: '/nic-tu-neni' });
      const requestLines = lines.filter((l) => JSON.parse(l).msg === 'request');
      assert.equal(requestLines.length, 6, lines.join('\n'));
      assert.deepEqual(
        requestLines.map((l) => JSON.parse(l).status),
        [201, 200, 201, 400, 200, 404],
      );
      const all = lines.join('\n');
      for (const secret of ['TAJNÁ', 'Karel', 'Tajná s.r.o.', 'karel.tajny', 'spatny email', '203.0.113.7', '127.0.0.1', 'region=']) {
        assert.ok(!all.includes(secret), `the log must not contain ${secret}`);
      }
      const first = JSON.parse(requestLines[0]!);
      assert.equal(first.method, 'POST');
      assert.equal(first.path, '/api/feedback');
      assert.equal(typeof first.ms, 'number');
      assert.equal(JSON.parse(requestLines[2]!).honeypot, true);
    } finally {
      await t.close();
    }
  });
});
