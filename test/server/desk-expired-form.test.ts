/**
 * Without JavaScript too, a reason typed after the session's idle expiry is
 * not lost: the plain form's POST answers with the sign-in page, which
 * carries the typed status and reason, and signing in there shows the comment
 * with both in its form (not saved until the coordinator saves). A real
 * server on a loopback port and a real SQLite file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { PLAN, REGION, TOKEN, auth, comment, tempDir, testApp } from './helpers.js';

const FORM = 'application/x-www-form-urlencoded';
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

test('a plain settle form sent after the expiry: the sign-in page keeps the status and reason, and signing in brings them back into the form', async () => {
  const tmp = tempDir();
  const dbPath = join(tmp.dir, 'kpss.db');
  const t = await testApp({ store: openSqliteStore(dbPath), now: () => new Date() });
  try {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const c = comment();
    const sent = await fetch(`${base}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c) });
    assert.equal(sent.status, 201, await sent.text());
    const signIn = (fields: Record<string, string>) =>
      fetch(`${base}/admin/sign-in`, { method: 'POST', redirect: 'manual', headers: { 'content-type': FORM, origin: base }, body: new URLSearchParams(fields).toString() });
    const first = await signIn({ token: TOKEN, name: 'Jana Vlčková' });
    assert.equal(first.status, 303);
    const cookie = String(first.headers.get('set-cookie')).split(';')[0]!;
    const page = await (await fetch(`${base}/admin/comment/${c.id}`, { headers: { cookie } })).text();
    const csrf = /<meta name="kpss-csrf" content="([^"]+)">/.exec(page)![1]!;

    // Three hours away: the session has expired.
    const db = new Database(dbPath);
    db.prepare('UPDATE desk_sessions SET last_seen_at = ?').run(new Date(Date.now() - 3 * 3600_000).toISOString());
    db.close();
    const reason = 'Zapracováno do opatření 1.1 – „víkendy“ & svátky <od roku 2027>.';
    const late = await fetch(`${base}/admin/comment/${c.id}/settle`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': FORM, origin: base, cookie },
      body: new URLSearchParams({ _csrf: csrf, return: `/admin/comment/${c.id}`, status: 'akceptovano', resolution: reason }).toString(),
    });
    assert.equal(late.status, 401);
    const form = await late.text();
    assert.match(form, /Přihlášení koordinátora/);
    const hidden = Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, decode(m[2]!)]));
    assert.equal(hidden['draft-resolution'], reason, `the sign-in page keeps the reason: ${JSON.stringify(hidden)}`);
    assert.equal(hidden['draft-status'], 'akceptovano');

    const back = await signIn({ ...hidden, token: TOKEN, name: 'Jana Vlčková' });
    assert.equal(back.status, 200, 'the comment page, with the draft');
    assert.match(String(back.headers.get('set-cookie')), /^__Host-kpss-desk=/);
    const again = await back.text();
    assert.match(again, /<h1>Připomínka č\. 1<\/h1>/);
    const textarea = /<textarea[^>]*name="resolution"[^>]*>\n?([\s\S]*?)<\/textarea>/.exec(again)?.[1];
    assert.equal(decode(textarea ?? ''), reason, 'the reason is in the form');
    assert.match(again, /<option value="akceptovano" selected>/);
    const stored = (await (await fetch(`${base}/api/feedback?region=${REGION}&plan=${PLAN}`, { headers: auth })).json()).comments[0];
    assert.equal(stored.status, null, 'nothing saved before the coordinator saves');
  } finally {
    await t.close();
    tmp.cleanup();
  }
});
