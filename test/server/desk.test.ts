/**
 * The coordinator's desk (/admin) through fastify's inject: sign-in and
 * sessions, 401 on every admin route without the cookie, 403 on every write
 * without the CSRF token or from another origin, the token and the session
 * never in a URL or a log line, settling with the audit log, marks, GDPR
 * erasure with confirmation, filters, the annex, and the migration.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../server/store/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite.js';
import { SESSION_COOKIE, TOKEN_ACTOR, sameOrigin } from '../../server/admin/auth.js';
import { safeReturn } from '../../server/admin/desk.js';
import { PLAN, REGION, TOKEN, auth, comment, deskSignIn, post, tempDir, testApp, type DeskSession, type TestApp } from './helpers.js';

const ORIGIN = 'http://localhost'; // inject's default Host is localhost:80
const FORM = 'application/x-www-form-urlencoded';

/** Sign-ins are limited per address (10 a minute): each form comes from its own. */
let address = 0;
const nextAddress = () => `198.51.100.${(address++ % 250) + 1}`;

type Session = DeskSession;
const signIn = (t: TestApp, name?: string): Promise<Session> => deskSignIn(t.app, name);

const get = (t: TestApp, url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

function form(t: TestApp, url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url,
    remoteAddress: nextAddress(),
    headers: { 'content-type': FORM, origin: ORIGIN, ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
}

function jsonPost(t: TestApp, url: string, body: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', accept: 'application/json', origin: ORIGIN, ...headers },
    payload: JSON.stringify(body),
  });
}

async function publicSettlement(t: TestApp) {
  const res = await get(t, `/api/settlement?region=${REGION}&plan=${PLAN}`);
  assert.equal(res.statusCode, 200);
  return res.json().comments as Array<{ number: number; status: string; resolution: string | null; message: string }>;
}

async function adminJson(t: TestApp) {
  const res = await get(t, `/api/feedback?region=${REGION}`, auth);
  return res.json().comments as Array<Record<string, unknown>>;
}

/** An app on a SQLite store we can look into, with three comments. */
async function deskApp(options: Parameters<typeof testApp>[0] = {}) {
  const store = openSqliteStore(':memory:');
  const t = await testApp({ store, ...options });
  const bodies = [
    comment({ message: 'Víkendová péče v Běšinách.', name: 'Karel Soukromý', organization: 'Soukromá o.p.s.', email: 'karel.soukromy@example.cz' }),
    comment({ message: 'Obecně: plán je dlouhý.', sectionId: null, name: 'Marie Tichá', organization: null, email: 'marie.ticha@example.cz' }),
    comment({ message: 'Rodiny potřebují poradnu.', sectionId: '2', name: null, organization: null, email: null }),
  ];
  for (const [i, body] of bodies.entries()) {
    t.clock.now = new Date(Date.UTC(2026, 10, 20, 10, i));
    assert.equal((await post(t.app, body)).statusCode, 201);
  }
  const ids = bodies.map((b) => String(b.id));
  return { t, store, ids, bodies };
}

describe('sign-in and sessions', () => {
  let t: TestApp;
  let store: SqliteStore;
  before(async () => ({ t, store } = await deskApp()));
  after(() => t.close());

  test('GET /admin without a session: 401 with the sign-in form (POST, password field), no data', async () => {
    const res = await get(t, '/admin');
    assert.equal(res.statusCode, 401);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /<form method="post" action="\/admin\/sign-in">/);
    assert.match(res.body, /<input type="password" id="token" name="token" autocomplete="current-password" required>/);
    assert.doesNotMatch(res.body, /Karel|Víkendová|kpss-csrf/);
  });

  test('the session cookie: __Host-, Secure, HttpOnly, SameSite=Strict, Path=/, a random value; the redirect names no secret', async () => {
    const res = await form(t, '/admin/sign-in', { token: TOKEN, name: 'Jana Vlčková', return: `/admin/plan?region=${REGION}&plan=${PLAN}` });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/admin/plan?region=${REGION}&plan=${PLAN}`);
    const setCookie = String(res.headers['set-cookie']);
    assert.match(setCookie, /^__Host-kpss-desk=[A-Za-z0-9_-]{43}; /);
    for (const attribute of ['Path=/', 'Secure', 'HttpOnly', 'SameSite=Strict', 'Max-Age=43200']) {
      assert.ok(setCookie.split('; ').includes(attribute), `${attribute} in ${setCookie}`);
    }
    assert.doesNotMatch(setCookie, /Domain=/i);
    const id = /^__Host-kpss-desk=([^;]+)/.exec(setCookie)![1]!;
    assert.ok(!String(res.headers.location).includes(TOKEN) && !String(res.headers.location).includes(id));
    // Stored as a hash only: the database never holds a usable session.
    const rows = store.db.prepare('SELECT * FROM desk_sessions').all() as Array<Record<string, string>>;
    assert.ok(rows.length >= 1);
    assert.ok(!JSON.stringify(rows).includes(id));
    assert.ok(rows.some((r) => r.actor === 'Jana Vlčková'));
  });

  test('a wrong token: 401 with the form again, the name kept, the token not echoed; no cookie', async () => {
    const res = await form(t, '/admin/sign-in', { token: 'wrong-token-wrong-token-wrong', name: 'Jana' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.headers['set-cookie'], undefined);
    assert.match(res.body, /Přístupový klíč nesouhlasí/);
    assert.match(res.body, /value="Jana"/);
    assert.doesNotMatch(res.body, /wrong-token/);
    const empty = await form(t, '/admin/sign-in', { token: '', name: 'Jana' });
    assert.equal(empty.statusCode, 401);
  });

  test('a name is required (it goes into the audit log)', async () => {
    const res = await form(t, '/admin/sign-in', { token: TOKEN, name: '  ' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.headers['set-cookie'], undefined);
    assert.match(res.body, /Vyplňte prosím své jméno/);
  });

  test('sign-in from another origin is refused (403)', async () => {
    const res = await form(t, '/admin/sign-in', { token: TOKEN, name: 'Jana' }, { origin: 'https://evil.example' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.headers['set-cookie'], undefined);
  });

  test('the return address after sign-in stays on the desk (no open redirect)', async () => {
    for (const bad of ['https://evil.example/admin', '//evil.example/admin', '/admin/../api', '/\\evil.example', 'javascript:alert(1)', '/adminx']) {
      const res = await form(t, '/admin/sign-in', { token: TOKEN, name: 'Jana', return: bad });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin', bad);
    }
    assert.equal(safeReturn('/admin/comment/3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77?ulozeno=gdpr#historie'), '/admin/comment/3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77?ulozeno=gdpr#historie');
  });

  test('sign-in attempts are limited per address (10 a minute): 429, as a page', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/admin/sign-in',
        remoteAddress: '203.0.113.99',
        headers: { 'content-type': FORM, origin: ORIGIN },
        payload: new URLSearchParams({ token: `guess-${i}-guess-guess-guess`, name: 'Útočník' }).toString(),
      });
      answers.push(res.statusCode);
      if (i === 10) assert.match(String(res.headers['content-type']), /^text\/html/);
    }
    assert.deepEqual(answers, [...Array<number>(10).fill(401), 429]);
  });

  test('sign-out ends the session on the server: the old cookie answers 401', async () => {
    const s = await signIn(t);
    const out = await form(t, '/admin/sign-out', { _csrf: s.csrf }, { cookie: s.cookie });
    assert.equal(out.statusCode, 303);
    assert.match(String(out.headers['set-cookie']), /^__Host-kpss-desk=; .*Max-Age=0/);
    assert.equal((await get(t, '/admin', { cookie: s.cookie })).statusCode, 401);
  });

  test('a session ends after 2 hours unused and after 12 hours at most', async () => {
    const start = new Date('2026-11-21T08:00:00Z');
    t.clock.now = start;
    const idle = await signIn(t);
    t.clock.now = new Date(start.getTime() + 119 * 60_000);
    assert.equal((await get(t, '/admin', { cookie: idle.cookie })).statusCode, 200, 'used within 2 hours');
    await new Promise((r) => setTimeout(r, 20)); // the touch is written in the background
    t.clock.now = new Date(start.getTime() + (119 + 119) * 60_000);
    assert.equal((await get(t, '/admin', { cookie: idle.cookie })).statusCode, 200, 'each use extends it');
    t.clock.now = new Date(start.getTime() + (119 + 119 + 121) * 60_000);
    assert.equal((await get(t, '/admin', { cookie: idle.cookie })).statusCode, 401, '2 hours unused');

    t.clock.now = start;
    const busy = await signIn(t);
    for (let hour = 1; hour < 12; hour++) {
      t.clock.now = new Date(start.getTime() + hour * 3_600_000);
      assert.equal((await get(t, '/admin', { cookie: busy.cookie })).statusCode, 200, `hour ${hour}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    t.clock.now = new Date(start.getTime() + 12 * 3_600_000);
    assert.equal((await get(t, '/admin', { cookie: busy.cookie })).statusCode, 401, 'at most 12 hours');
  });

  test('origins are compared with default ports filled in', () => {
    assert.equal(sameOrigin('https://kpss.example', 'kpss.example:443'), true);
    assert.equal(sameOrigin('http://localhost', 'localhost:80'), true);
    assert.equal(sameOrigin('http://127.0.0.1:8080', '127.0.0.1:8080'), true);
    assert.equal(sameOrigin('http://127.0.0.1:8081', '127.0.0.1:8080'), false);
    assert.equal(sameOrigin('https://evil.example', 'kpss.example'), false);
    assert.equal(sameOrigin('null', 'kpss.example'), false);
    assert.equal(sameOrigin('file://', 'kpss.example'), false);
  });
});

describe('every admin route without the cookie: 401; every write without the CSRF token: 403', () => {
  let t: TestApp;
  let ids: string[];
  let s: Session;
  let other: Session;
  before(async () => {
    ({ t, ids } = await deskApp());
    s = await signIn(t);
    other = await signIn(t, 'Petr Druhý');
  });
  after(() => t.close());

  const routes = (id: string): Array<{ method: 'GET' | 'POST' | 'PATCH'; url: string; write: boolean; body?: Record<string, string> }> => [
    { method: 'GET', url: '/admin', write: false },
    { method: 'GET', url: `/admin/plan?region=${REGION}&plan=${PLAN}`, write: false },
    { method: 'GET', url: `/admin/plan/annex?region=${REGION}&plan=${PLAN}`, write: false },
    { method: 'GET', url: `/admin/comment/${id}`, write: false },
    { method: 'GET', url: `/admin/comment/${id}/erase`, write: false },
    { method: 'GET', url: `/api/feedback?region=${REGION}`, write: false },
    { method: 'GET', url: `/api/feedback.csv?region=${REGION}&plan=${PLAN}`, write: false },
    { method: 'POST', url: `/admin/comment/${id}/settle`, write: true, body: { status: 'neakceptovano', resolution: 'Bez CSRF.' } },
    { method: 'POST', url: `/admin/comment/${id}/mark`, write: true, body: { mark: 'spam' } },
    { method: 'POST', url: `/admin/comment/${id}/erase`, write: true, body: { confirm: 'ano' } },
    { method: 'PATCH', url: `/api/feedback/${id}`, write: true, body: { status: 'neakceptovano', resolution: 'Bez CSRF.' } },
    { method: 'POST', url: '/admin/sign-out', write: true, body: {} },
  ];

  test('401 without a cookie, with a made-up one, and with a signed-out one; no personal data in any answer', async () => {
    const gone = await signIn(t, 'Odhlášená');
    await form(t, '/admin/sign-out', { _csrf: gone.csrf }, { cookie: gone.cookie });
    for (const cookie of [undefined, `${SESSION_COOKIE}=neexistuje`, `${SESSION_COOKIE}=${'x'.repeat(300)}`, gone.cookie, `kpss-desk=${s.id}`]) {
      for (const r of routes(ids[0]!)) {
        const headers: Record<string, string> = { origin: ORIGIN, ...(cookie ? { cookie } : {}) };
        const res =
          r.method === 'GET'
            ? await get(t, r.url, headers)
            : await t.app.inject({ method: r.method, url: r.url, headers: { ...headers, 'content-type': r.method === 'PATCH' ? 'application/json' : FORM }, payload: r.method === 'PATCH' ? JSON.stringify(r.body) : new URLSearchParams(r.body).toString() });
        assert.equal(res.statusCode, 401, `${r.method} ${r.url} with ${cookie ?? 'no cookie'}`);
        assert.doesNotMatch(res.body, /Karel|Soukrom|karel\.soukromy|Víkendová/, `${r.method} ${r.url}`);
      }
    }
    // Nothing was changed by any of them.
    const first = (await adminJson(t)).find((c) => c.id === ids[0])!;
    assert.equal(first.status, null);
    assert.equal(first.mark, null);
    assert.equal(first.name, 'Karel Soukromý');
  });

  test('the same routes with the session cookie: reads 200, writes 403 without the CSRF token, with a wrong one or another session\'s', async () => {
    for (const r of routes(ids[1]!)) {
      if (!r.write) {
        const res = await get(t, r.url, { cookie: s.cookie });
        assert.equal(res.statusCode, 200, `${r.method} ${r.url}`);
        continue;
      }
      for (const csrf of [undefined, 'wrong', other.csrf, '']) {
        for (const kind of r.method === 'PATCH' ? ['json'] : ['form', 'json']) {
          const headers: Record<string, string> = { cookie: s.cookie, origin: ORIGIN };
          let res;
          if (kind === 'form') res = await form(t, r.url, { ...r.body, ...(csrf === undefined ? {} : { _csrf: csrf }) }, headers);
          else {
            res = await t.app.inject({
              method: r.method,
              url: r.url,
              headers: { ...headers, 'content-type': 'application/json', accept: 'application/json', ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }) },
              payload: JSON.stringify(r.body),
            });
          }
          assert.equal(res.statusCode, 403, `${r.method} ${r.url} (${kind}) with csrf ${csrf}: ${res.body.slice(0, 200)}`);
        }
      }
    }
    const second = (await adminJson(t)).find((c) => c.id === ids[1])!;
    assert.equal(second.status, null, 'not settled');
    assert.equal(second.mark, null, 'not marked');
    assert.equal(second.name, 'Marie Tichá', 'not erased');
    assert.equal((await get(t, '/admin', { cookie: s.cookie })).statusCode, 200, 'still signed in');
  });

  test('403 with the right CSRF token but another Origin, or a cross-site fetch without Origin', async () => {
    const url = `/admin/comment/${ids[1]}/settle`;
    for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: 'http://localhost:8081' }]) {
      const res = await form(t, url, { _csrf: s.csrf, status: 'akceptovano' }, { cookie: s.cookie, ...headers });
      assert.equal(res.statusCode, 403, JSON.stringify(headers));
    }
    const noOrigin = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, 'content-type': FORM, 'sec-fetch-site': 'cross-site' },
      payload: new URLSearchParams({ _csrf: s.csrf, status: 'akceptovano' }).toString(),
    });
    assert.equal(noOrigin.statusCode, 403);
    assert.equal((await adminJson(t)).find((c) => c.id === ids[1])!.status, null);
  });

  test('with the right token and Origin the write goes through (form: 303 back to the table; JSON: the unsettled count)', async () => {
    const res = await form(t, `/admin/comment/${ids[1]}/settle`, { _csrf: s.csrf, status: 'vzato-na-vedomi', resolution: 'Děkujeme.', return: `/admin/plan?region=${REGION}&plan=${PLAN}#c-2` }, { cookie: s.cookie });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/admin/plan?region=${REGION}&plan=${PLAN}#c-2`);
    const json = await jsonPost(t, `/admin/comment/${ids[0]}/settle`, { status: 'akceptovano', resolution: 'Zapracováno.' }, { cookie: s.cookie, 'x-csrf-token': s.csrf });
    assert.equal(json.statusCode, 200);
    assert.deepEqual(json.json().unsettled, 1);
    assert.equal(json.json().comment.status, 'akceptovano');
    // The API's PATCH with the session works too (with the token in the header).
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/feedback/${ids[2]}`,
      headers: { cookie: s.cookie, origin: ORIGIN, 'content-type': 'application/json', 'x-csrf-token': s.csrf },
      payload: JSON.stringify({ status: 'neakceptovano' }),
    });
    assert.equal(patch.statusCode, 200);
  });

  test('scripts keep the bearer token: no cookie, no CSRF token needed; the audit log names the token', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/feedback/${ids[2]}`,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ resolution: 'Skriptem.' }),
    });
    assert.equal(res.statusCode, 200);
    const page = await get(t, `/admin/comment/${ids[2]}`, { cookie: s.cookie });
    assert.ok(page.body.includes(TOKEN_ACTOR));
    assert.ok(!page.body.includes(TOKEN));
  });
});

describe('the token and the session never in a URL or a log line', () => {
  test('a whole session of work, logged: no token, session id, CSRF token or personal data in any line', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const { t, ids } = await deskApp({ logger: { level: 'info', stream } });
    try {
      await form(t, '/admin/sign-in', { token: 'wrong-token-wrong-token-1', name: 'Jana Vlčková' });
      const s = await signIn(t);
      const urls = new Set<string>();
      const collect = (body: string) => {
        for (const m of body.matchAll(/(?:href|action)="([^"]*)"/g)) urls.add(m[1]!);
      };
      for (const url of ['/admin', `/admin/plan?region=${REGION}&plan=${PLAN}`, `/admin/plan/annex?region=${REGION}&plan=${PLAN}`, `/admin/comment/${ids[0]}`, `/admin/comment/${ids[0]}/erase`]) {
        const res = await get(t, url, { cookie: s.cookie });
        assert.equal(res.statusCode, 200, url);
        collect(res.body);
        // A GET form must not carry the CSRF token (it would land in the URL).
        for (const f of res.body.matchAll(/<form method="get"[\s\S]*?<\/form>/g)) assert.doesNotMatch(f[0], /_csrf|kpss-csrf/, url);
      }
      await jsonPost(t, `/admin/comment/${ids[0]}/settle`, { status: 'akceptovano', resolution: 'Ano.' }, { cookie: s.cookie, 'x-csrf-token': s.csrf });
      await jsonPost(t, `/admin/comment/${ids[0]}/settle`, { status: 'akceptovano' }, { cookie: s.cookie });
      await form(t, `/admin/comment/${ids[1]}/mark`, { _csrf: s.csrf, mark: 'spam' }, { cookie: s.cookie });
      await form(t, `/admin/comment/${ids[0]}/erase`, { _csrf: s.csrf, confirm: 'ano' }, { cookie: s.cookie });
      await get(t, `/api/feedback.csv?region=${REGION}&plan=${PLAN}`, { cookie: s.cookie });
      await get(t, `/api/feedback?region=${REGION}`, auth);
      const out = await form(t, '/admin/sign-out', { _csrf: s.csrf }, { cookie: s.cookie });
      assert.equal(out.headers.location, '/admin');

      for (const url of urls) {
        for (const secret of [TOKEN, s.id, s.csrf]) assert.ok(!url.includes(secret), `a URL on the pages holds a secret: ${url}`);
      }
      const requestLines = lines.filter((l) => JSON.parse(l).msg === 'request');
      assert.ok(requestLines.some((l) => JSON.parse(l).path === '/admin/sign-in'), 'the sign-in is logged (without its body)');
      assert.ok(requestLines.some((l) => JSON.parse(l).status === 403), 'the refused write is logged');
      const all = lines.join('\n');
      for (const secret of [TOKEN, s.id, s.csrf, 'wrong-token', SESSION_COOKIE, 'Karel', 'karel.soukromy', 'Marie', 'Jana Vlčková', 'region=']) {
        assert.ok(!all.includes(secret), `the log must not contain ${secret}`);
      }
    } finally {
      await t.close();
    }
  });
});

describe('settling, marks, GDPR erasure and the audit log', () => {
  let t: TestApp;
  let ids: string[];
  let bodies: Array<Record<string, unknown>>;
  let s: Session;
  let other: Session;
  before(async () => {
    ({ t, ids, bodies } = await deskApp());
    t.clock.now = new Date('2026-11-22T09:00:00Z');
    s = await signIn(t);
    other = await signIn(t, 'Petr Druhý');
  });
  after(() => t.close());

  const settle = (who: Session, id: string, body: Record<string, unknown>) =>
    jsonPost(t, `/admin/comment/${id}/settle`, body, { cookie: who.cookie, 'x-csrf-token': who.csrf });

  test('saving as you go: one person\'s saves within minutes are one audit entry; another person\'s a new one', async () => {
    for (const text of ['Zapr', 'Zapracováno', 'Zapracováno do 1.1.']) {
      assert.equal((await settle(s, ids[0]!, { status: 'akceptovano', resolution: text })).statusCode, 200);
      t.clock.now = new Date(t.clock.now.getTime() + 30_000);
    }
    // Saving the same again changes nothing and records nothing.
    assert.equal((await settle(s, ids[0]!, { status: 'akceptovano', resolution: 'Zapracováno do 1.1.' })).statusCode, 200);
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    assert.equal((await settle(other, ids[0]!, { status: 'castecne-akceptovano', resolution: 'Zapracováno do 1.1.' })).statusCode, 200);

    const page = await get(t, `/admin/comment/${ids[0]}`, { cookie: s.cookie });
    const rows = [...page.body.matchAll(/<tr><td class="num">([^<]+)<\/td><td>([^<]+)<\/td><td class="pre">([\s\S]*?)<\/td><\/tr>/g)].map((m) => [m[2], m[3]!.replace(/<br>/g, ' | ')]);
    assert.deepEqual(rows, [
      ['Petr Druhý', 'Stav: akceptováno → částečně akceptováno'],
      ['Jana Vlčková', 'Stav: nevypořádáno → akceptováno | Odůvodnění: (prázdné) → „Zapracováno do 1.1.“'],
    ]);
  });

  test('the plan table shows the unsettled count and how many changes each comment has', async () => {
    const page = await get(t, `/admin/plan?region=${REGION}&plan=${PLAN}`, { cookie: s.cookie });
    assert.match(page.body, /Nevypořádáno: <strong data-unsettled>2<\/strong> z 3 připomínek\./);
    assert.match(page.body, /historie<span class="vh"> připomínky č\. 1<\/span><\/a> \(změn: 2\)/);
  });

  test('marking as spam or duplicate: kept, not published, in the CSV with a note; errors for a bad number', async () => {
    for (const id of ids.slice(1)) assert.equal((await settle(s, id, { status: 'vzato-na-vedomi', resolution: 'Ok.' })).statusCode, 200);
    assert.deepEqual((await publicSettlement(t)).map((c) => c.number), [1, 2, 3]);

    const bad = async (fields: Record<string, string>, text: RegExp) => {
      const res = await form(t, `/admin/comment/${ids[2]}/mark`, { _csrf: s.csrf, ...fields }, { cookie: s.cookie });
      assert.equal(res.statusCode, 400, JSON.stringify(fields));
      assert.match(res.body, text);
      assert.match(res.body, /role="alert" id="mark-error"/);
    };
    await bad({ mark: 'duplicate', duplicateOf: '' }, /uveďte číslo připomínky/);
    await bad({ mark: 'duplicate', duplicateOf: '3' }, /sama sebe/);
    await bad({ mark: 'duplicate', duplicateOf: '99' }, /č\. 99 u tohoto plánu není/);
    await bad({ mark: 'smazat' }, /Neznámé označení/);

    const spam = await form(t, `/admin/comment/${ids[1]}/mark`, { _csrf: s.csrf, mark: 'spam' }, { cookie: s.cookie });
    assert.equal(spam.statusCode, 303);
    assert.equal(spam.headers.location, `/admin/comment/${ids[1]}?ulozeno=oznaceni`);
    const dup = await form(t, `/admin/comment/${ids[2]}/mark`, { _csrf: s.csrf, mark: 'duplicate', duplicateOf: '1' }, { cookie: s.cookie });
    assert.equal(dup.statusCode, 303);
    assert.deepEqual((await publicSettlement(t)).map((c) => c.number), [1], 'spam and duplicates are not published');

    const stored = await adminJson(t);
    assert.equal(stored.length, 3, 'nothing deleted');
    assert.deepEqual(stored.map((c) => [c.mark, c.duplicateOf]), [[null, null], ['spam', null], ['duplicate', 1]]);
    const csv: string[][] = parse((await get(t, `/api/feedback.csv?region=${REGION}&plan=${PLAN}`, auth)).rawPayload, { bom: true, delimiter: ';' });
    assert.equal(csv[2]![8], 'vzato na vědomí; spam (nezveřejňuje se)');
    assert.equal(csv[3]![8], 'vzato na vědomí; duplicitní s č. 1 (nezveřejňuje se)');

    const table = await get(t, `/admin/plan?region=${REGION}&plan=${PLAN}&status=skryte`, { cookie: s.cookie });
    assert.match(table.body, /Spam – nezveřejní se/);
    assert.match(table.body, /Duplicita č\. 1 – nezveřejní se/);
    assert.match(table.body, /Zobrazeno 2 z 3 připomínek/);

    // Undone: published again; each change is in the audit log.
    await form(t, `/admin/comment/${ids[1]}/mark`, { _csrf: s.csrf, mark: '' }, { cookie: s.cookie });
    assert.deepEqual((await publicSettlement(t)).map((c) => c.number), [1, 2]);
    const page = await get(t, `/admin/comment/${ids[1]}`, { cookie: s.cookie });
    assert.match(page.body, /Označení: spam → běžná připomínka/);
    assert.match(page.body, /Označení: běžná připomínka → spam/);
  });

  test('GDPR erasure: a confirmation page first; without the confirmation nothing is erased', async () => {
    const confirm = await get(t, `/admin/comment/${ids[0]}/erase`, { cookie: s.cookie });
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Smazat osobní údaje u připomínky č\. 1\?/);
    assert.match(confirm.body, /Karel Soukromý/);
    assert.match(confirm.body, /name="confirm" value="ano"/);
    const unconfirmed = await form(t, `/admin/comment/${ids[0]}/erase`, { _csrf: s.csrf }, { cookie: s.cookie });
    assert.equal(unconfirmed.statusCode, 400);
    assert.match(unconfirmed.body, /Smazání je třeba potvrdit/);
    const json = await jsonPost(t, `/admin/comment/${ids[0]}/erase`, {}, { cookie: s.cookie, 'x-csrf-token': s.csrf });
    assert.equal(json.statusCode, 400);
    assert.equal((await adminJson(t))[0]!.name, 'Karel Soukromý');
  });

  test('GDPR erasure removes name, organization and e-mail, keeps the comment and its settlement, logs no personal value', async () => {
    const res = await form(t, `/admin/comment/${ids[0]}/erase`, { _csrf: s.csrf, confirm: 'ano' }, { cookie: s.cookie });
    assert.equal(res.statusCode, 303);
    const [first] = await adminJson(t);
    assert.deepEqual([first!.name, first!.organization, first!.email], [null, null, null]);
    assert.equal(first!.message, 'Víkendová péče v Běšinách.');
    assert.equal(first!.status, 'castecne-akceptovano');
    assert.ok(first!.erasedAt);
    assert.deepEqual((await publicSettlement(t))[0]!.resolution, 'Zapracováno do 1.1.');
    const csv: string[][] = parse((await get(t, `/api/feedback.csv?region=${REGION}&plan=${PLAN}`, auth)).rawPayload, { bom: true, delimiter: ';' });
    assert.deepEqual(csv[1]!.slice(5, 8), ['', '', '']);
    const page = await get(t, `/admin/comment/${ids[0]}?ulozeno=gdpr`, { cookie: s.cookie });
    assert.match(page.body, /Osobní údaje jsou smazané/);
    assert.match(page.body, /Smazány osobní údaje: jméno, organizace, e-mail\./);
    for (const secret of ['Karel', 'Soukrom', 'karel.soukromy']) assert.ok(!page.body.includes(secret), secret);
    // A retry of the original submission is no longer recognised as the same (its fingerprint held the name): 409, nothing new stored.
    const retry = await post(t.app, bodies[0]!);
    assert.equal(retry.statusCode, 409);
    assert.equal((await adminJson(t)).length, 3);
  });

  test('unknown comments are 404 pages; a bad status is 400', async () => {
    assert.equal((await get(t, '/admin/comment/3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77', { cookie: s.cookie })).statusCode, 404);
    assert.equal((await get(t, '/admin/comment/nic', { cookie: s.cookie })).statusCode, 404);
    const bad = await settle(s, ids[0]!, { status: 'schvaleno' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'invalid');
    const tooLong = await form(t, `/admin/comment/${ids[0]}/settle`, { _csrf: s.csrf, status: '', resolution: 'ž'.repeat(10_001) }, { cookie: s.cookie });
    assert.equal(tooLong.statusCode, 400);
    assert.match(String(tooLong.headers['content-type']), /^text\/html/);
  });
});

describe('the erased data are gone from the database', () => {
  test('no trace of the name, organization or e-mail in any table', async () => {
    const { t, store, ids } = await deskApp();
    try {
      const s = await signIn(t);
      await jsonPost(t, `/admin/comment/${ids[0]}/settle`, { status: 'akceptovano', resolution: 'Ano.' }, { cookie: s.cookie, 'x-csrf-token': s.csrf });
      await form(t, `/admin/comment/${ids[0]}/erase`, { _csrf: s.csrf, confirm: 'ano' }, { cookie: s.cookie });
      const dump = JSON.stringify(['comments', 'comment_audit'].map((table) => store.db.prepare(`SELECT * FROM ${table}`).all()));
      for (const secret of ['Karel', 'Soukrom', 'karel.soukromy']) assert.ok(!dump.includes(secret), secret);
      assert.ok(dump.includes('Marie Tichá'), 'other comments keep theirs');
    } finally {
      await t.close();
    }
  });
});

describe('the table: filter by section and status, search, sort; the overview and the annex', () => {
  let t: TestApp;
  let s: Session;
  before(async () => {
    ({ t } = await deskApp());
    t.clock.now = new Date('2026-11-22T09:00:00Z');
    s = await signIn(t);
    const extra = comment({ message: 'Odlehčovací služba chybí.', sectionId: '1.2', name: 'Žofie Šťastná', email: null, organization: null });
    assert.equal((await post(t.app, extra)).statusCode, 201);
  });
  after(() => t.close());

  const numbers = async (query: string) => {
    const res = await get(t, `/admin/plan?region=${REGION}&plan=${PLAN}${query}`, { cookie: s.cookie });
    assert.equal(res.statusCode, 200, query);
    return [...res.body.matchAll(/<tr id="c-(\d+)"/g)].map((m) => Number(m[1]));
  };

  test('filters, search without diacritics, sort', async () => {
    assert.deepEqual(await numbers(''), [1, 2, 3, 4]);
    assert.deepEqual(await numbers('&section=1'), [1, 4], 'a section includes its measures');
    assert.deepEqual(await numbers('&section=1.2'), [4]);
    assert.deepEqual(await numbers('&section=obecne'), [2]);
    assert.deepEqual(await numbers('&q=stastna'), [4], 'search ignores diacritics and case');
    assert.deepEqual(await numbers('&q=BESINACH'), [1]);
    assert.deepEqual(await numbers('&sort=nejnovejsi'), [4, 3, 2, 1]);
    assert.deepEqual(await numbers('&sort=cast'), [2, 1, 4, 3]);
    const first = await jsonPost(t, '/admin/comment/' + (await adminJson(t))[0]!.id + '/settle', { status: 'neakceptovano', resolution: 'Ne.' }, { cookie: s.cookie, 'x-csrf-token': s.csrf });
    assert.equal(first.statusCode, 200);
    assert.deepEqual(await numbers('&status=nevyporadane'), [2, 3, 4]);
    assert.deepEqual(await numbers('&status=neakceptovano'), [1]);
    assert.deepEqual(await numbers('&sort=stav'), [2, 3, 4, 1]);
    assert.deepEqual(await numbers('&status=bogus&sort=bogus'), [1, 2, 3, 4], 'unknown values fall back');
  });

  test('the overview lists every plan of the region files, with counts', async () => {
    const res = await get(t, '/admin', { cookie: s.cookie });
    assert.match(res.body, /<th scope="row">Testovsko<\/th>\s*<td><a href="\/admin\/plan\?region=testovsko&amp;plan=kp-testovsko-2026-2028">Komunitní plán Testovska 2026–2028<\/a><\/td>\s*<td>4<\/td>\s*<td>3<\/td>\s*<td>0<\/td>/);
    assert.match(res.body, /region=zavrenovsko/);
  });

  test('400 without region and plan, 404 for an unknown plan', async () => {
    assert.equal((await get(t, '/admin/plan', { cookie: s.cookie })).statusCode, 400);
    assert.equal((await get(t, `/admin/plan?region=${REGION}&plan=kp-jiny`, { cookie: s.cookie })).statusCode, 404);
    assert.equal((await get(t, `/admin/plan/annex?region=neznamo&plan=x`, { cookie: s.cookie })).statusCode, 404);
  });

  test('the printable annex: grouped by section, counts, no personal data, no spam', async () => {
    const ids = (await adminJson(t)).map((c) => String(c.id));
    await form(t, `/admin/comment/${ids[2]}/mark`, { _csrf: s.csrf, mark: 'spam' }, { cookie: s.cookie });
    const res = await get(t, `/admin/plan/annex?region=${REGION}&plan=${PLAN}`, { cookie: s.cookie });
    assert.equal(res.statusCode, 200);
    assert.deepEqual([...res.body.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]), ['Obecné připomínky k celému plánu', 'Priorita 1: Senioři']);
    assert.match(res.body, /neakceptováno: <strong>1<\/strong>/);
    assert.match(res.body, /nevypořádáno: <strong>2<\/strong>/);
    assert.match(res.body, /1\.2 Odlehčovací služba/);
    for (const secret of ['Karel', 'Soukrom', 'karel.soukromy', 'Marie', 'Žofie', '@example.cz', 'Rodiny potřebují poradnu']) {
      assert.ok(!res.body.includes(secret), `the annex must not contain ${secret}`);
    }
  });

  test('pages are not cached, allow no inline code without their nonce, and cannot be framed', async () => {
    const res = await get(t, `/admin/plan?region=${REGION}&plan=${PLAN}`, { cookie: s.cookie });
    assert.equal(res.headers['cache-control'], 'no-store');
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1]!;
    assert.ok(res.body.includes(`<script nonce="${nonce}">`));
    assert.doesNotMatch(res.body, /\son[a-z]+="/, 'no inline event handlers');
  });
});

describe('migration', () => {
  test('a database of the first version keeps its comments and gets the desk\'s columns and tables', async () => {
    const tmp = tempDir();
    try {
      const path = join(tmp.dir, 'old.db');
      const old = new Database(path);
      old.exec(MIGRATIONS[0]!.sql);
      old.pragma('user_version = 1');
      old.prepare(
        `INSERT INTO comments (id, fingerprint, received_at, region, plan_id, number, message, name, status, resolution)
         VALUES ('3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77', 'f', '2026-11-20T10:00:00.000Z', ?, ?, 1, 'Stará připomínka.', 'Jana', 'akceptovano', 'Ano.')`,
      ).run(REGION, PLAN);
      old.close();
      const store = openSqliteStore(path);
      try {
        const [c] = await store.listComments({ region: REGION, planId: PLAN });
        assert.equal(c!.message, 'Stará připomínka.');
        assert.equal(c!.name, 'Jana');
        assert.equal(c!.mark, null);
        assert.equal(c!.erasedAt, null);
        assert.equal((await store.listComments({ region: REGION, planId: PLAN, settledOnly: true })).length, 1);
        assert.deepEqual(await store.desk.audit(c!.id), []);
        assert.ok((store.db.pragma('user_version', { simple: true }) as number) >= 2);
      } finally {
        await store.close();
      }
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the survey on the desk', () => {
  test('a plan whose region has a survey links to its results and CSV, which open with the desk session', async () => {
    const { surveyApp } = await import('./survey-fixture.js');
    const t = await surveyApp();
    try {
      const s = await signIn(t);
      const page = await get(t, `/admin/plan?region=soukromovsko&plan=${PLAN}`, { cookie: s.cookie });
      assert.equal(page.statusCode, 200);
      const links = [...page.body.matchAll(/href="(\/(?:api|admin)\/survey[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      assert.equal(links.length, 2, page.body.match(/<ul class="actions">[\s\S]*?<\/ul>/)?.[0]);
      for (const href of links) {
        assert.equal((await get(t, href, { cookie: s.cookie })).statusCode, 200, href);
        assert.equal((await get(t, href)).statusCode, 401, `${href} without the session`);
      }
    } finally {
      await t.close();
    }
  });

  test('a plan without a survey has no survey link', async () => {
    const { t } = await deskApp();
    try {
      const s = await signIn(t);
      const page = await get(t, `/admin/plan?region=${REGION}&plan=${PLAN}`, { cookie: s.cookie });
      assert.doesNotMatch(page.body, /survey/);
    } finally {
      await t.close();
    }
  });
});
