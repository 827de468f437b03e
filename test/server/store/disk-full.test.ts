/**
 * A full disk, for real: the database is limited to the pages it has
 * (`PRAGMA max_page_count`) and filled, so SQLite answers SQLITE_FULL. Every
 * write path must then answer 503 `storage` with a clear message (the form
 * and the desk keep what was typed and try again), never 500 "internal", and
 * never a success; once there is room again the same requests succeed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openSqliteStore } from '../../../server/store/sqlite.js';
import { PLAN, REGION, TOKEN, TOWN, auth, comment, post, tempDir, testApp } from '../helpers.js';

const FORM = 'application/x-www-form-urlencoded';

/** No page may be added, and the pages there are full: the next write that needs a page fails with SQLITE_FULL. */
function fillUp(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler (x BLOB)');
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const filler = db.prepare('INSERT INTO filler (x) VALUES (?)');
  const session = db.prepare(
    `INSERT INTO desk_sessions (id_hash, csrf, actor, created_at, last_seen_at, expires_at)
     VALUES (?, 'c', ?, '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z', '2999-01-01T00:00:00Z')`,
  );
  for (const size of [4000, 1000, 200, 40, 1]) {
    for (;;) {
      try {
        filler.run(randomBytes(size));
      } catch (error) {
        assert.equal((error as { code?: string }).code, 'SQLITE_FULL');
        break;
      }
    }
    for (;;) {
      try {
        session.run(randomBytes(16).toString('hex'), 'x'.repeat(size));
      } catch (error) {
        assert.equal((error as { code?: string }).code, 'SQLITE_FULL');
        break;
      }
    }
  }
}

test('disk full: desk sign-in, PATCH, the desk settle and a comment answer 503 storage; with room again they succeed', { timeout: 30_000 }, async () => {
  const tmp = tempDir('kpss-full-');
  const store = openSqliteStore(join(tmp.dir, 'kpss.db'));
  const t = await testApp({ store });
  try {
    const first = comment();
    assert.equal((await post(t.app, first)).statusCode, 201);
    fillUp(store.db);

    const signIn = (accept?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/admin/sign-in',
        headers: { 'content-type': FORM, origin: 'http://localhost:80', host: 'localhost:80', ...(accept ? { accept } : {}) },
        payload: new URLSearchParams({ token: TOKEN, name: 'Jana Vlčková' }).toString(),
      });
    const page = await signIn();
    assert.equal(page.statusCode, 503, 'the sign-in page');
    assert.match(page.body, /nepodařilo zapsat/);
    assert.equal(page.headers['set-cookie'], undefined, 'no session cookie for a session that was not stored');
    const json = await signIn('application/json');
    assert.equal(json.statusCode, 503);
    assert.equal(json.json().error.code, 'storage');

    const resolution = 'Zapracováno do opatření 1.1. '.repeat(300);
    const patch = (lang = 'cs') =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/feedback/${first.id}`,
        headers: { ...auth, 'content-type': 'application/json', 'accept-language': lang },
        payload: { status: 'akceptovano', resolution },
      });
    const cs = await patch();
    assert.equal(cs.statusCode, 503, cs.body);
    assert.equal(cs.json().error.code, 'storage');
    assert.match(cs.json().error.message, /nepodařilo zapsat/);
    const en = await patch('en');
    assert.equal(en.statusCode, 503);
    assert.match(en.json().error.message, /could not write/);

    const settle = await t.app.inject({
      method: 'POST',
      url: `/admin/comment/${first.id}/settle`,
      headers: { ...auth, 'content-type': 'application/json', accept: 'application/json' },
      payload: { status: 'neakceptovano', resolution },
    });
    assert.equal(settle.statusCode, 503, settle.body);
    assert.equal(settle.json().error.code, 'storage');

    const another = await post(t.app, comment({ message: 'Další připomínka. '.repeat(200) }));
    assert.equal(another.statusCode, 503);
    assert.equal(another.json().error.code, 'storage');

    // Nothing of it was stored, and with room again the same requests succeed.
    const stored = await t.app.inject({ method: 'GET', url: `/api/feedback?region=${REGION}&plan=${PLAN}`, headers: auth });
    assert.deepEqual(stored.json().comments.map((c: { status: unknown }) => c.status), [null]);
    store.db.pragma('max_page_count = 1073741823');
    assert.equal((await patch()).statusCode, 200);
    assert.equal((await signIn()).statusCode, 303);
    assert.equal((await post(t.app, comment(), { origin: TOWN })).statusCode, 201);
  } finally {
    await t.close();
    tmp.cleanup();
  }
});
