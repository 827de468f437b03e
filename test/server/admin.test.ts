/**
 * The coordinator's routes (with and without the token), the CSV settlement
 * table read back with a real CSV parser, and the public settlement without
 * personal data.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { PLAN, REGION, TOKEN, auth, comment, post, testApp, type TestApp } from './helpers.js';

const get = (t: TestApp, url: string, headers: Record<string, string> = auth) => t.app.inject({ method: 'GET', url, headers });
const patch = (t: TestApp, id: string, body: unknown, headers: Record<string, string> = auth) =>
  t.app.inject({ method: 'PATCH', url: `/api/feedback/${id}`, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });

describe('admin routes without KPSS_ADMIN_TOKEN', () => {
  test('do not exist (404), and the public routes still work', async () => {
    const t = await testApp({ adminToken: undefined });
    try {
      for (const url of [`/api/feedback?region=${REGION}`, `/api/feedback.csv?region=${REGION}`]) {
        const res = await get(t, url);
        assert.equal(res.statusCode, 404);
        assert.equal(res.json().error.code, 'not-found');
      }
      assert.equal((await patch(t, randomUUID(), { status: 'akceptovano' })).statusCode, 404);
      assert.equal((await post(t.app, comment())).statusCode, 201);
    } finally {
      await t.close();
    }
  });
});

describe('admin routes with a token', () => {
  let t: TestApp;
  const ids: string[] = [];
  before(async () => {
    t = await testApp();
    // Three comments, a minute apart.
    for (const [i, change] of [
      { message: 'První připomínka.' },
      { message: '=cmd|\' /C calc\'!A0', proposal: '+1 a "uvozovky"; středník\nnový řádek', name: '@jana', organization: '-org', sectionId: '2' },
      { message: 'Třetí, obecná.\nDruhý řádek.', sectionId: null, name: null, organization: null, email: null },
    ].entries()) {
      t.clock.now = new Date(Date.UTC(2026, 10, 20, 10, i));
      const body = comment(change);
      assert.equal((await post(t.app, body)).statusCode, 201);
      ids.push(String(body.id));
    }
  });
  after(() => t.close());

  for (const [name, headers] of [
    ['no Authorization', {}],
    ['a wrong token', { authorization: 'Bearer wrong-token-wrong-token' }],
    ['the token with another scheme', { authorization: `Basic ${TOKEN}` }],
    ['a prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
  ] as const) {
    test(`401 with ${name}`, async () => {
      for (const res of [
        await get(t, `/api/feedback?region=${REGION}`, headers),
        await get(t, `/api/feedback.csv?region=${REGION}`, headers),
        await patch(t, ids[0]!, { status: 'akceptovano' }, headers),
      ]) {
        assert.equal(res.statusCode, 401);
        assert.equal(res.json().error.code, 'unauthorized');
        assert.match(String(res.headers['www-authenticate']), /^Bearer/);
        assert.doesNotMatch(res.body, /Jana|První/);
      }
    });
  }

  test('GET /api/feedback: every comment as JSON, oldest first, with personal data, not cached', async () => {
    const res = await get(t, `/api/feedback?region=${REGION}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const { comments } = res.json();
    assert.deepEqual(comments.map((c: { id: string }) => c.id), ids);
    assert.deepEqual(comments.map((c: { number: number }) => c.number), [1, 2, 3]);
    assert.equal(comments[0].name, 'Jana Nováková');
    assert.equal(comments[0].email, 'jana.novakova@example.cz');
    assert.equal(comments[0].planId, PLAN);
    const times = comments.map((c: { receivedAt: string }) => c.receivedAt);
    assert.deepEqual([...times].sort(), times);
  });

  test('GET /api/feedback: region required (400), unknown region or plan (404), plan filter', async () => {
    assert.equal((await get(t, '/api/feedback')).statusCode, 400);
    assert.equal((await get(t, '/api/feedback?region=neznamo')).statusCode, 404);
    assert.equal((await get(t, `/api/feedback?region=${REGION}&plan=kp-jiny`)).statusCode, 404);
    const res = await get(t, `/api/feedback?region=${REGION}&plan=${PLAN}`);
    assert.equal(res.json().comments.length, 3);
    const other = await get(t, '/api/feedback?region=zavrenovsko');
    assert.deepEqual(other.json().comments, []);
  });

  test('PATCH: records status and resolution, durably, and returns the comment', async () => {
    const res = await patch(t, ids[0]!, { status: 'castecne-akceptovano', resolution: 'Doplněno do opatření 1.1.' });
    assert.equal(res.statusCode, 200);
    const updated = res.json();
    assert.equal(updated.status, 'castecne-akceptovano');
    assert.equal(updated.resolution, 'Doplněno do opatření 1.1.');
    assert.ok(updated.settledAt);
    const again = (await get(t, `/api/feedback?region=${REGION}`)).json().comments[0];
    assert.equal(again.status, 'castecne-akceptovano');
    // Only the resolution: the status stays.
    const second = await patch(t, ids[0]!, { resolution: 'Doplněno do opatření 1.1 a 1.2.' });
    assert.equal(second.json().status, 'castecne-akceptovano');
    assert.equal(second.json().resolution, 'Doplněno do opatření 1.1 a 1.2.');
    for (const [i, status] of [[1, 'neakceptovano'], [2, 'vzato-na-vedomi']] as const) {
      assert.equal((await patch(t, ids[i]!, { status, resolution: i === 1 ? '=HYPERLINK("http://x")' : '' })).statusCode, 200);
    }
  });

  test('PATCH: each of the four statuses is accepted', async () => {
    const body = comment();
    assert.equal((await post(t.app, body)).statusCode, 201);
    for (const status of ['akceptovano', 'castecne-akceptovano', 'neakceptovano', 'vzato-na-vedomi']) {
      const res = await patch(t, String(body.id), { status });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().status, status);
    }
    assert.equal((await patch(t, String(body.id), { status: null })).json().status, null);
  });

  test('PATCH: 400 for a bad status, an empty or non-object body; 404 for an unknown id', async () => {
    for (const body of [{ status: 'schvaleno' }, { status: 1 }, {}, { resolution: 5 }, { resolution: 'x'.repeat(10_001) }, [], 'x']) {
      const res = await patch(t, ids[0]!, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.ok(res.json().error.message);
    }
    assert.equal((await patch(t, randomUUID(), { status: 'akceptovano' })).statusCode, 404);
    assert.equal((await patch(t, 'not-a-uuid', { status: 'akceptovano' })).statusCode, 404);
  });

  test('GET /api/feedback.csv: the settlement table a Czech spreadsheet opens', async () => {
    const res = await get(t, `/api/feedback.csv?region=${REGION}`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="vyporadani-pripominek-testovsko\.csv"/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const bytes = res.rawPayload;
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const text = bytes.toString('utf8');
    assert.ok(text.endsWith('\r\n'), 'CRLF line ends');
    assert.equal(text.replace(/\r\n/g, '').includes('\r'), false, 'no bare CR outside quoted cells');

    // A spreadsheet ends a row at any line break outside quotes: so must the parser here.
    const rows: string[][] = parse(bytes, { bom: true, delimiter: ';', record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: false });
    assert.deepEqual(rows[0], ['Číslo', 'Přijato', 'Oddíl plánu', 'Připomínka', 'Návrh znění', 'Autor', 'Organizace', 'E-mail', 'Stav', 'Vypořádání', 'Způsob podání', 'Odstavec']);
    const data = rows.slice(1, 4);
    assert.deepEqual(data.map((r) => r[0]), ['1', '2', '3']);
    const [first, second, third] = data as [string[], string[], string[]];
    assert.equal(first[1], '2026-11-20 11:00:00', 'received in Prague time');
    assert.equal(first[2], '1.1 Pečovatelská služba o víkendech');
    assert.equal(first[3], 'První připomínka.');
    assert.equal(first[5], 'Jana Nováková');
    assert.equal(first[6], 'Spolek pečujících');
    assert.equal(first[7], 'jana.novakova@example.cz');
    assert.equal(first[8], 'částečně akceptováno');
    assert.equal(first[9], 'Doplněno do opatření 1.1 a 1.2.');
    assert.equal(first[10], 'webovým formulářem', 'the channel, appended as the last column');
    // Quoting of ; " and a line break survives the round trip.
    assert.equal(second[4], '\'+1 a "uvozovky"; středník\nnový řádek');
    // Formula cells are inert: they start with an apostrophe, not with = + - @.
    assert.equal(second[3], '\'=cmd|\' /C calc\'!A0');
    assert.equal(second[5], "'@jana");
    assert.equal(second[6], "'-org");
    assert.equal(second[9], '\'=HYPERLINK("http://x")');
    assert.equal(second[2], '2 Priorita 2: Rodiny s dětmi');
    assert.equal(second[8], 'neakceptováno');
    assert.equal(third[2], 'obecná připomínka');
    assert.equal(third[3], 'Třetí, obecná.\nDruhý řádek.', 'line breaks stay inside the cell');
    assert.deepEqual([third[5], third[6], third[7]], ['', '', '']);
    for (const row of rows) {
      assert.equal(row.length, 12);
      for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `inert cell: ${cell}`);
    }
  });

  test('GET /api/feedback.csv: 401 without a token, 400 without a region', async () => {
    assert.equal((await get(t, `/api/feedback.csv?region=${REGION}`, {})).statusCode, 401);
    assert.equal((await get(t, '/api/feedback.csv')).statusCode, 400);
  });
});

describe('GET /api/settlement (public)', () => {
  let t: TestApp;
  let settled: string;
  before(async () => {
    t = await testApp();
    const a = comment({ message: 'Zveřejnitelná připomínka.', name: 'Karel Soukromý', organization: 'Soukromá o.p.s.', email: 'karel@example.cz' });
    const b = comment({ message: 'Ještě nevypořádaná.' });
    assert.equal((await post(t.app, a)).statusCode, 201);
    assert.equal((await post(t.app, b)).statusCode, 201);
    settled = String(a.id);
    assert.equal((await patch(t, settled, { status: 'akceptovano', resolution: 'Zapracováno.' })).statusCode, 200);
  });
  after(() => t.close());

  test('settled comments only, with number, section, message, proposal, status, resolution', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/settlement?region=${REGION}&plan=${PLAN}` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const body = res.json();
    assert.equal(body.comments.length, 1);
    assert.deepEqual(body.comments[0], {
      number: 1,
      receipt: settled.replace(/-/g, '').slice(0, 8).toUpperCase().replace(/^(.{4})/, '$1-'),
      section: '1.1',
      paragraph: null,
      message: 'Zveřejnitelná připomínka.',
      proposal: 'Doplnit do opatření 1.1 „včetně víkendů".',
      status: 'akceptovano',
      resolution: 'Zapracováno.',
    });
  });

  test('no personal data anywhere in the answer', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/settlement?region=${REGION}&plan=${PLAN}` });
    for (const secret of ['Karel', 'Soukromý', 'Soukromá', 'karel@example.cz', '@', 'receivedAt', 'email', 'name', 'organization', settled]) {
      assert.ok(!res.body.includes(secret), `the settlement must not contain ${secret}`);
    }
  });

  test('needs no token; 400 without region or plan; 404 for an unknown region or plan', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/settlement?region=${REGION}` })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/settlement?plan=${PLAN}` })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/settlement?region=neznamo&plan=${PLAN}` })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/settlement?region=${REGION}&plan=kp-jiny` })).statusCode, 404);
    const empty = await t.app.inject({ method: 'GET', url: '/api/settlement?region=zavrenovsko&plan=kp-zavrenovsko' });
    assert.equal(empty.statusCode, 200);
    assert.deepEqual(empty.json().comments, []);
    const arrays = await t.app.inject({ method: 'GET', url: `/api/settlement?region=${REGION}&region=x&plan[]=y` });
    assert.equal(arrays.statusCode, 400);
  });
});
