/**
 * Entering a comment from paper, an e-mail or a meeting on the desk
 * (server/admin/desk-enter.ts) through fastify's inject, on a real SQLite
 * store: the form, each validation message next to its field with nothing
 * typed lost, the form's id making a second save a repeat, numbering shared
 * with the web form, CSRF and Origin, the sign-in page without a session,
 * and the channel in the tables, the CSV and the annex.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite.js';
import { SESSION_COOKIE } from '../../server/admin/auth.js';
import { noonInPrague, receivedAtFor } from '../../server/admin/desk-enter.js';
import { receiptOf } from '../../src/data/uuid.js';
import { PLAN, REGION, TOKEN, auth, comment, deskSignIn, post, testApp, type TestApp } from './helpers.js';

const ORIGIN = 'http://localhost'; // inject's default Host is localhost:80
const FORM = 'application/x-www-form-urlencoded';
const ENTER = `/admin/plan/enter?region=${REGION}&plan=${PLAN}`;

const signIn = (t: TestApp, name = 'Jana Nováková') => deskSignIn(t.app, name);

const get = (t: TestApp, url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

function send(t: TestApp, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/admin/plan/enter',
    headers: { 'content-type': FORM, origin: ORIGIN, ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** The fields of a fresh form (its id and CSRF token from the page), with a paper comment filled in. */
async function freshForm(t: TestApp, s: { cookie: string; csrf: string }, fill: Record<string, string> = {}) {
  const page = await get(t, ENTER, { cookie: s.cookie });
  assert.equal(page.statusCode, 200);
  const id = /<input type="hidden" name="id" value="([0-9a-f-]{36})">/.exec(page.body)![1]!;
  return {
    _csrf: s.csrf,
    id,
    region: REGION,
    plan: PLAN,
    channel: 'paper',
    received: '2026-11-19',
    section: '1.2',
    message: 'Dopis: prosím o odlehčovací službu i v Kolinci; „maminka“ <b>nemá</b> kam jít.',
    proposal: 'Doplnit Kolinec do opatření 1.2.',
    name: 'Marie Dopisová',
    organization: 'Klub seniorů Kolinec',
    email: 'marie.dopisova@example.cz',
    ...fill,
  };
}

const rows = (store: SqliteStore) =>
  store.db.prepare('SELECT id, number, channel, entered_by AS enteredBy, received_at AS receivedAt, message FROM comments ORDER BY number').all() as Array<Record<string, string | number>>;

/** The value of a field as the page gives it back. */
function fieldValue(body: string, id: string): string | undefined {
  const input = new RegExp(`<input [^>]*id="${id}"[^>]*value="([^"]*)"`).exec(body);
  if (input) return input[1];
  const area = new RegExp(`<textarea id="${id}"[^>]*>\\n([\\s\\S]*?)</textarea>`).exec(body);
  return area?.[1];
}

describe('entering a comment from paper', () => {
  let t: TestApp;
  let store: SqliteStore;
  let s: { cookie: string; csrf: string };
  const webIds: string[] = [];

  before(async () => {
    store = openSqliteStore(':memory:');
    t = await testApp({ store });
    for (const message of ['První z webu.', 'Druhá z webu.']) {
      const body = comment({ message });
      assert.equal((await post(t.app, body)).statusCode, 201);
      webIds.push(String(body.id));
    }
    s = await signIn(t);
  });
  after(() => t.close());

  test('the form: reachable from the plan page and the overview; a new id per form, the CSRF token, today (Prague) as the default and the latest date', async () => {
    for (const url of [`/admin/plan?region=${REGION}&plan=${PLAN}`, '/admin']) {
      const page = await get(t, url, { cookie: s.cookie });
      assert.ok(page.body.includes(`href="/admin/plan/enter?region=${REGION}&amp;plan=${PLAN}"`), url);
      assert.match(page.body, url === '/admin' ? /Zapsat<span class="vh"> připomínku z papíru, e-mailu nebo setkání: Testovsko<\/span>/ : />Zapsat připomínku z papíru, e-mailu nebo setkání<\/a>/);
    }
    const one = await get(t, ENTER, { cookie: s.cookie });
    const two = await get(t, ENTER, { cookie: s.cookie });
    assert.equal(one.statusCode, 200);
    assert.equal(one.headers['cache-control'], 'no-store');
    const idOf = (body: string) => /name="id" value="([^"]+)"/.exec(body)![1];
    assert.notEqual(idOf(one.body), idOf(two.body), 'each form its own id');
    assert.ok(one.body.includes(`<input type="hidden" name="_csrf" value="${s.csrf}">`));
    // The clock is 2026-11-20 10:00 UTC: the same day in Prague.
    assert.match(one.body, /<input type="date" id="enter-received" name="received" required max="2026-11-20" value="2026-11-20"/);
    for (const label of ['Na papíře', 'E-mailem', 'Na setkání']) assert.ok(one.body.includes(`>${label}</label>`), label);
    assert.ok(one.body.includes('<option value="" selected>Celý plán (obecná připomínka)</option>'), 'the whole plan by default');
    for (const value of ['1', '1.1', '1.2', '2']) assert.ok(one.body.includes(`<option value="${value}">`), `section ${value}`);
    assert.match(one.body, /Připomínkové období: 1\. 11\. 2026 – 15\. 12\. 2026/);
  });

  test('not signed in: GET is the sign-in page (back to the form afterwards), POST stores nothing', async () => {
    const page = await get(t, ENTER);
    assert.equal(page.statusCode, 401);
    assert.match(page.body, /action="\/admin\/sign-in"/);
    assert.ok(page.body.includes(`name="return" value="/admin/plan/enter?region=${REGION}&amp;plan=${PLAN}"`));
    const before = rows(store).length;
    const res = await send(t, await freshForm(t, s, { _csrf: '' }));
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /Přihlášení koordinátora/);
    assert.equal(rows(store).length, before);
  });

  test('refused without the CSRF token, with a wrong one, from another origin or a cross-site request: 403, nothing stored', async () => {
    const before = rows(store).length;
    const fields = await freshForm(t, s);
    const { _csrf, ...noToken } = fields;
    assert.ok(_csrf);
    for (const [what, body, headers] of [
      ['no token', noToken, {}],
      ['a wrong token', { ...fields, _csrf: 'wrong' }, {}],
      ['another origin', fields, { origin: 'https://evil.example' }],
      ['origin null', fields, { origin: 'null' }],
    ] as Array<[string, Record<string, string>, Record<string, string>]>) {
      const res = await send(t, body, { cookie: s.cookie, ...headers });
      assert.equal(res.statusCode, 403, what);
    }
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/admin/plan/enter',
      headers: { cookie: s.cookie, 'content-type': FORM, 'sec-fetch-site': 'cross-site' },
      payload: new URLSearchParams(fields).toString(),
    });
    assert.equal(crossSite.statusCode, 403);
    assert.equal(rows(store).length, before);
  });

  test('each bad field gets its Czech message next to it, with nothing typed lost and nothing stored', async () => {
    const before = rows(store).length;
    const cases: Array<[string, Record<string, string>, string, RegExp]> = [
      ['missing text', { message: '   ' }, 'message', /Napište text připomínky\./],
      ['a future date', { received: '2026-11-21' }, 'received', /Datum přijetí nemůže být v budoucnosti \(dnes je 20\. 11\. 2026\)\./],
      ['no real date', { received: '2026-02-30' }, 'received', /není platné datum/],
      ['a bad e-mail', { email: 'marie.dopisova@example' }, 'email', /E-mailová adresa nevypadá správně/],
      ['an unknown section', { section: '9.9' }, 'section', /Část „9\.9“ v plánu není/],
      ['no channel', { channel: '' }, 'channel', /Vyberte, jak připomínka přišla/],
      ['text too long', { message: 'á'.repeat(5001) }, 'message', /má 5001 znaků; vejde se nejvýše 5\s000/],
    ];
    for (const [what, change, field, message] of cases) {
      const fields = await freshForm(t, s, change);
      const res = await send(t, fields, { cookie: s.cookie });
      assert.equal(res.statusCode, 400, what);
      const body = res.body;
      // The message is tied to its field and listed in the summary, which links to the field.
      const error = new RegExp(`<p class="field-error" id="enter-${field}-error">([^<]*)</p>`).exec(body);
      assert.ok(error, `${what}: the message by the field`);
      assert.match(error[1]!, message, what);
      if (field !== 'channel') {
        const control = new RegExp(`<(?:input|textarea|select)[^>]*id="enter-${field}"[^>]*>`).exec(body)![0];
        assert.match(control, new RegExp(`aria-describedby="[^"]*enter-${field}-error"`), `${what}: described by the message`);
        assert.match(control, /aria-invalid="true"/, what);
        assert.match(control, /autofocus/, `${what}: the focus goes to the field`);
      } else assert.match(body, /<fieldset aria-describedby="enter-channel-error">/);
      assert.match(body, new RegExp(`<div class="error" role="alert" id="enter-errors">[\\s\\S]*href="#enter-${field}`), `${what}: in the summary`);
      // Everything typed comes back, escaped, and the same form id (so the next save is still this form).
      assert.ok(body.includes(`name="id" value="${fields.id}"`), what);
      for (const [name, value] of Object.entries(fields)) {
        if (['_csrf', 'id', 'region', 'plan', 'channel', 'section'].includes(name)) continue;
        const expected = name === 'message' && what === 'missing text' ? '' : value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
        assert.equal(fieldValue(body, `enter-${name}`), expected, `${what}: ${name} kept`);
      }
      if (fields.channel) assert.match(body, new RegExp(`id="enter-channel-${fields.channel}"[^>]*checked`), `${what}: channel kept`);
      assert.match(body, new RegExp(`<option value="${fields.section.replace('.', '\\.')}"[^>]* selected>`), `${what}: section kept`);
      assert.doesNotMatch(body, /<b>nemá<\/b>/, 'the text is never HTML');
    }
    assert.equal(rows(store).length, before, 'nothing stored');
  });

  test('saved: 303 to the comment with its number and the code for the writer; shared numbering; the channel, the day and who typed it', async () => {
    const fields = await freshForm(t, s);
    const res = await send(t, fields, { cookie: s.cookie });
    assert.equal(res.statusCode, 303, res.body);
    assert.equal(res.headers.location, `/admin/comment/${fields.id}?ulozeno=zapsano`);
    const stored = rows(store).find((r) => r.id === fields.id)!;
    assert.equal(stored.number, 3, 'after the two web comments');
    assert.equal(stored.channel, 'paper');
    assert.equal(stored.enteredBy, 'Jana Nováková');
    assert.equal(stored.receivedAt, '2026-11-19T11:00:00.000Z', 'noon in Prague (winter time) of the day received');
    assert.equal(stored.id, fields.id, 'the id of the form is the id of the comment (its code is its first digits)');
    const page = await get(t, String(res.headers.location), { cookie: s.cookie });
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`<div class="success" role="status"><p>Zapsáno jako připomínka č. 3. Kód pro pisatele: ${receiptOf(fields.id)}</p></div>`));
    assert.match(page.body, /<dt>Podáno<\/dt><dd>na papíře, 19\. 11\. 2026, zapsal\/a Jana Nováková<\/dd>/);
    assert.ok(page.body.includes('„maminka“ &lt;b&gt;nemá&lt;/b&gt;'), 'escaped');
    // A web comment after it takes the next number of the same sequence.
    assert.equal((await post(t.app, comment({ message: 'Třetí z webu.' }))).statusCode, 201);
    assert.deepEqual(rows(store).map((r) => [r.number, r.channel]), [[1, 'web'], [2, 'web'], [3, 'paper'], [4, 'web']]);
    // The comment is settled like any other.
    const settle = await t.app.inject({
      method: 'POST',
      url: `/admin/comment/${fields.id}/settle`,
      headers: { cookie: s.cookie, origin: ORIGIN, 'content-type': FORM },
      payload: new URLSearchParams({ _csrf: s.csrf, status: 'akceptovano', resolution: 'Kolinec doplněn.' }).toString(),
    });
    assert.equal(settle.statusCode, 303);
    const settlement = (await get(t, `/api/settlement?region=${REGION}&plan=${PLAN}`)).json().comments as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(settlement.find((c) => c.number === 3)!).sort(), ['message', 'number', 'paragraph', 'proposal', 'receipt', 'resolution', 'section', 'status'], 'the public settlement has no channel');
  });

  test('the same form saved twice is one comment: the repeat shows the stored one; a changed resend is not stored either', async () => {
    const fields = await freshForm(t, s, { channel: 'email', received: '2026-11-18', message: 'E-mail: chybí poradna.', section: '', email: '' });
    const [first, second] = await Promise.all([send(t, fields, { cookie: s.cookie }), send(t, fields, { cookie: s.cookie })]);
    const notices = [first.headers.location, second.headers.location].sort();
    assert.deepEqual(notices, [`/admin/comment/${fields.id}?ulozeno=zapsano`, `/admin/comment/${fields.id}?ulozeno=znovu`], 'two saves at once: one stored, one a repeat');
    const again = await send(t, fields, { cookie: s.cookie });
    assert.equal(again.headers.location, `/admin/comment/${fields.id}?ulozeno=znovu`);
    const page = await get(t, String(again.headers.location), { cookie: s.cookie });
    const number = rows(store).find((r) => r.id === fields.id)!.number;
    assert.ok(page.body.includes(`Tento formulář už byl uložen jako připomínka č. ${number} (kód pro pisatele: ${receiptOf(fields.id)}); podruhé se nezapsal.`));
    const changed = await send(t, { ...fields, message: 'Jiný text.' }, { cookie: s.cookie });
    assert.equal(changed.headers.location, `/admin/comment/${fields.id}?ulozeno=zmeneno`);
    assert.match((await get(t, String(changed.headers.location), { cookie: s.cookie })).body, /Změny po prvním uložení se nezapsaly/);
    const same = rows(store).filter((r) => r.id === fields.id);
    assert.equal(same.length, 1);
    assert.equal(same[0]!.message, 'E-mail: chybí poradna.');
    assert.equal(same[0]!.channel, 'email');
  });

  test('a letter that came after the commenting period is entered, with a note on the form and on the comment', async () => {
    t.clock.now = new Date('2026-12-20T09:00:00Z');
    try {
      // A month later the morning's session is over: signed in again (and the sign-in purges the morning's, expired by then).
      const later = await signIn(t);
      const fields = await freshForm(t, later, { channel: 'meeting', received: '2026-12-18' });
      // With another field wrong, the form shows the note by the date.
      const back = await send(t, { ...fields, message: '' }, { cookie: later.cookie });
      assert.equal(back.statusCode, 400);
      assert.match(back.body, /<p class="note" id="enter-received-note">Pozor: 18\. 12\. 2026 je po skončení připomínkového období 1\. 11\. 2026 – 15\. 12\. 2026\. Připomínku lze přesto zapsat\.<\/p>/);
      const res = await send(t, fields, { cookie: later.cookie });
      assert.equal(res.statusCode, 303);
      const page = await get(t, String(res.headers.location), { cookie: later.cookie });
      assert.match(page.body, /na setkání, 18\. 12\. 2026, zapsal\/a Jana Nováková<br><span class="note">Přijato po skončení připomínkového období 1\. 11\. 2026 – 15\. 12\. 2026\.<\/span>/);
    } finally {
      t.clock.now = new Date('2026-11-20T10:00:00Z');
      // Signing in on 20 December purged the morning's session as expired.
      s = await signIn(t);
    }
  });

  test('the channel in the plan table, the CSV (its column, the eleventh) and the annex', async () => {
    const table = (await get(t, `/admin/plan?region=${REGION}&plan=${PLAN}`, { cookie: s.cookie })).body;
    assert.match(table, /<p class="meta">19\. 11\. 2026 · podáno na papíře · 1\.2 Odlehčovací služba<\/p>/);
    assert.match(table, /<p class="meta">18\. 11\. 2026 · podáno e-mailem · obecná připomínka<\/p>/);
    const csv: string[][] = parse((await get(t, `/api/feedback.csv?region=${REGION}&plan=${PLAN}`, auth)).rawPayload, { bom: true, delimiter: ';' });
    // The channel's column stays eleventh: "Odstavec" came after it.
    assert.equal(csv[0]![10], 'Způsob podání');
    assert.deepEqual(csv[0]!.slice(0, 10), ['Číslo', 'Přijato', 'Oddíl plánu', 'Připomínka', 'Návrh znění', 'Autor', 'Organizace', 'E-mail', 'Stav', 'Vypořádání']);
    const byNumber = new Map(csv.slice(1).map((r) => [r[0], r]));
    assert.equal(byNumber.get('1')![10], 'webovým formulářem');
    assert.equal(byNumber.get('3')![10], 'na papíře');
    assert.equal(byNumber.get('3')![1], '2026-11-19 12:00:00', 'the day received, at noon');
    assert.equal(byNumber.get('3')![5], 'Marie Dopisová');
    assert.equal(byNumber.get('5')![10], 'e-mailem');
    assert.equal(byNumber.get('6')![10], 'na setkání');
    const annex = (await get(t, `/admin/plan/annex?region=${REGION}&plan=${PLAN}`, { cookie: s.cookie })).body;
    assert.match(annex, /<p class="meta">1\.2 Odlehčovací služba \(podáno na papíře\)<\/p>/);
    assert.match(annex, /<p class="meta">\(podáno e-mailem\)<\/p>/);
    assert.equal(annex.match(/\(podáno /g)!.length, 3, 'only the entered ones are marked');
    assert.doesNotMatch(annex, /Marie Dopisová|Jana Nováková<\/td>|marie\.dopisova/, 'no personal data in the annex');
  });

  test('an unknown plan or region is a 404 page; without region and plan 400', async () => {
    assert.equal((await get(t, `/admin/plan/enter?region=${REGION}&plan=kp-jiny`, { cookie: s.cookie })).statusCode, 404);
    assert.equal((await get(t, '/admin/plan/enter?region=nikde&plan=x', { cookie: s.cookie })).statusCode, 404);
    assert.equal((await get(t, '/admin/plan/enter', { cookie: s.cookie })).statusCode, 400);
    const res = await send(t, await freshForm(t, s, { plan: 'kp-jiny' }), { cookie: s.cookie });
    assert.equal(res.statusCode, 404);
  });
});

test('the day received is stored as noon in Prague: the same calendar day in winter and in summer time, never in the future', () => {
  assert.equal(noonInPrague('2026-12-02'), '2026-12-02T11:00:00.000Z');
  assert.equal(noonInPrague('2026-07-15'), '2026-07-15T10:00:00.000Z');
  // The days the clocks change.
  assert.equal(noonInPrague('2026-03-29'), '2026-03-29T10:00:00.000Z');
  assert.equal(noonInPrague('2026-10-25'), '2026-10-25T11:00:00.000Z');
  // Today's letter entered at 9 in the morning: now, not a time still to come.
  assert.equal(receivedAtFor('2026-12-02', new Date('2026-12-02T08:00:00Z')), '2026-12-02T08:00:00.000Z');
  assert.equal(receivedAtFor('2026-12-02', new Date('2026-12-02T15:00:00Z')), '2026-12-02T11:00:00.000Z');
});
