/**
 * "Výsledky ankety" on the desk opens a readable page, not JSON: a real
 * server on a loopback port, a real SQLite file, two answers sent through
 * POST /api/survey, the coordinator signed in with the form.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { PLAN, TOKEN, TOWN, tempDir } from './helpers.js';
import { response, surveyApp } from './survey-fixture.js';

test('the survey results on the desk: an HTML page in Czech with each question and its counts, and a link to the CSV', async () => {
  const tmp = tempDir();
  const t = await surveyApp({ store: openSqliteStore(join(tmp.dir, 'kpss.db')) });
  try {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    for (const answers of [{}, { obec: 'nyrsko', spokojenost: 2, pecuje: 'no', komu: undefined }]) {
      const body = response(answers);
      const res = await fetch(`${base}/api/survey`, { method: 'POST', headers: { 'content-type': 'application/json', origin: TOWN }, body: JSON.stringify(body) });
      assert.equal(res.status, 201, await res.text());
    }
    const signIn = await fetch(`${base}/admin/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ token: TOKEN, name: 'Jana Vlčková' }).toString(),
    });
    assert.equal(signIn.status, 303);
    const cookie = String(signIn.headers.get('set-cookie')).split(';')[0]!;
    const plan = await (await fetch(`${base}/admin/plan?region=testovsko&plan=${PLAN}`, { headers: { cookie } })).text();
    const href = /<a href="([^"]+)">Výsledky ankety/.exec(plan)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(href, 'the plan page links to the results');

    const res = await fetch(`${base}${href}`, { headers: { cookie } });
    assert.equal(res.status, 200);
    assert.match(String(res.headers.get('content-type')), /^text\/html/, `the results open as a page, not ${res.headers.get('content-type')}`);
    const page = await res.text();
    assert.match(page, /<html lang="cs">/);
    assert.match(page, /<title>Výsledky ankety: [^<]+<\/title>/);
    assert.match(page, /<h1>Výsledky ankety: /);
    assert.match(page, /Vyplněno: <strong>2 odpovědi<\/strong>/);
    for (const text of ['Kde bydlíte?', 'Kolik je vám let?', 'Pečujete o blízkého?', 'Jak jste spokojeni?', 'Co vám chybí?']) assert.ok(page.includes(text), `the page has the question ${text}`);
    assert.match(page, /<th scope="row">Klatovy<\/th><td class="num">1<\/td>/);
    assert.match(page, /<th scope="row">ano<\/th><td class="num">1<\/td>/);
    assert.match(page, /<th scope="row">4 \(velmi spokojen\)<\/th>|<th scope="row">4<\/th><td class="num">1<\/td>/);
    assert.doesNotMatch(page, /Víc spojů do Nýrska/, 'free-text answers are only in the CSV');
    const csv = /<a href="([^"]+)" download>Stáhnout odpovědi ankety/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(csv, 'a link to the CSV');
    const file = await fetch(`${base}${csv}`, { headers: { cookie } });
    assert.equal(file.status, 200);
    assert.match(String(file.headers.get('content-type')), /^text\/csv/);

    const without = await fetch(`${base}${href}`);
    assert.equal(without.status, 401, 'not without the session');
    assert.match(await without.text(), /Přihlášení koordinátora/);
  } finally {
    await t.close();
    tmp.cleanup();
  }
});
