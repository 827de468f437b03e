/**
 * The storage layer: durability settings, versioned migrations, group commit
 * (an answer only after the commit), the generic idempotent insert a second
 * kind of submission can reuse, numbering, and failure handling.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { openDatabase, openSqliteStore } from '../../server/store/sqlite.js';
import { GroupCommit } from '../../server/store/group-commit.js';
import { LATEST_VERSION, MIGRATIONS, migrate } from '../../server/store/migrations.js';
import { submissionWriter } from '../../server/store/submissions.js';
import type { FeedbackStore, NewComment } from '../../server/store/types.js';
import { PLAN, REGION, comment, post, tempDir, testApp } from './helpers.js';

function newComment(overrides: Partial<NewComment> = {}): NewComment {
  return {
    id: randomUUID(),
    fingerprint: 'f',
    receivedAt: new Date().toISOString(),
    region: REGION,
    planId: PLAN,
    sectionId: null,
    message: 'm',
    proposal: null,
    name: null,
    organization: null,
    email: null,
    ...overrides,
  };
}

describe('SQLite store', () => {
  test('creates the file (and its folder) on first start, WAL with synchronous=FULL, at the latest schema version', async () => {
    const tmp = tempDir();
    try {
      const path = join(tmp.dir, 'var', 'nested', 'kpss.db');
      const store = openSqliteStore(path);
      try {
        assert.ok(existsSync(path));
        assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
        assert.equal(store.db.pragma('synchronous', { simple: true }), 2, 'FULL = 2');
        assert.equal(store.db.pragma('user_version', { simple: true }), LATEST_VERSION);
      } finally {
        await store.close();
      }
      // A second start keeps the data and does not migrate again.
      const again = openSqliteStore(path);
      assert.equal(again.db.pragma('user_version', { simple: true }), LATEST_VERSION);
      await again.close();
    } finally {
      tmp.cleanup();
    }
  });

  test('migrations are versioned: applied in order once, a newer database is refused', () => {
    const db = new Database(':memory:');
    const steps = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'survey answers', sql: 'CREATE TABLE survey_answers (id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, received_at TEXT NOT NULL, answers TEXT NOT NULL)' },
    ];
    assert.equal(migrate(db, steps), LATEST_VERSION + 1);
    assert.equal(migrate(db, steps), LATEST_VERSION + 1, 'idempotent');
    assert.throws(() => migrate(db), /newer than this server knows/);
    db.close();
  });

  test('version 4 marks the comments stored before it as sent through the web form', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version <= 3));
    const id = randomUUID();
    db.prepare(
      `INSERT INTO comments (id, fingerprint, received_at, region, plan_id, number, message) VALUES (?, 'f', '2026-11-02T10:00:00Z', 'r', 'p', 1, 'm')`,
    ).run(id);
    migrate(db);
    assert.deepEqual(db.prepare('SELECT channel, entered_by AS enteredBy FROM comments WHERE id = ?').get(id), { channel: 'web', enteredBy: null });
    db.close();
  });

  test('a comment is answered only after its transaction is committed (visible to another connection)', async () => {
    const tmp = tempDir();
    const path = join(tmp.dir, 'kpss.db');
    const store = openSqliteStore(path);
    const reader = new Database(path, { readonly: true });
    try {
      const c = newComment();
      let settled = false;
      const pending = store.submitComment(c).then((r) => {
        settled = true;
        return r;
      });
      // Queued, not yet committed: neither answered nor visible.
      assert.equal(settled, false);
      assert.equal(reader.prepare('SELECT 1 FROM comments WHERE id = ?').get(c.id), undefined);
      const outcome = await pending;
      assert.equal(outcome.outcome, 'created');
      assert.ok(reader.prepare('SELECT 1 FROM comments WHERE id = ?').get(c.id), 'committed when answered');
    } finally {
      reader.close();
      await store.close();
      tmp.cleanup();
    }
  });

  test('group commit: concurrent comments share transactions, and every one is stored', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const comments = Array.from({ length: 500 }, () => newComment());
      const outcomes = await Promise.all(comments.map((c) => store.submitComment(c)));
      assert.ok(outcomes.every((o) => o.outcome === 'created'));
      assert.ok(store.writer.stats.batches < 10, `500 writes in ${store.writer.stats.batches} transactions`);
      assert.equal((await store.listComments({ region: REGION })).length, 500);
    } finally {
      await store.close();
    }
  });

  test('numbers are 1, 2, 3 … per region and plan, unique under concurrency, and stable', async () => {
    const store = openSqliteStore(':memory:');
    try {
      await Promise.all([
        ...Array.from({ length: 50 }, () => store.submitComment(newComment())),
        ...Array.from({ length: 20 }, () => store.submitComment(newComment({ planId: 'kp-jiny' }))),
        ...Array.from({ length: 10 }, () => store.submitComment(newComment({ region: 'jinde' }))),
      ]);
      const numbers = (await store.listComments({ region: REGION, planId: PLAN })).map((c) => c.number);
      assert.deepEqual(numbers, Array.from({ length: 50 }, (_, i) => i + 1));
      assert.deepEqual((await store.listComments({ region: REGION, planId: 'kp-jiny' })).map((c) => c.number), Array.from({ length: 20 }, (_, i) => i + 1));
      assert.equal((await store.listComments({ region: 'jinde' })).at(-1)?.number, 10);
    } finally {
      await store.close();
    }
  });

  test('one failing write rejects only its own caller; the rest of the batch is committed', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (v INTEGER NOT NULL CHECK (v > 0))');
    const writer = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const results = await Promise.allSettled([1, 2, -3, 4].map((v) => writer.submit(() => insert.run(v).changes)));
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    assert.deepEqual(db.prepare('SELECT v FROM t ORDER BY v').pluck().all(), [1, 2, 4]);
    assert.equal(writer.stats.batches, 1);
    db.close();
  });

  test('a failed commit rejects the whole batch (no caller is told it was stored)', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (v INTEGER)');
    const writer = new GroupCommit(db);
    const pending = [1, 2, 3].map((v) => writer.submit((d) => d.prepare('INSERT INTO t (v) VALUES (?)').run(v)));
    db.close(); // the transaction cannot even begin
    const results = await Promise.allSettled(pending);
    assert.ok(results.every((r) => r.status === 'rejected'));
  });

  test('a second kind of submission reuses the idempotent durable insert', async () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE survey_answers (id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, received_at TEXT NOT NULL, region TEXT NOT NULL, answers TEXT NOT NULL)');
    const writer = new GroupCommit(db);
    const surveys = submissionWriter(db, writer, { table: 'survey_answers', columns: { region: '@region', answers: '@answers' } });
    const row = { id: randomUUID(), fingerprint: 'a', receivedAt: '2026-11-20T10:00:00.000Z', region: REGION, answers: '{"q1":3}' };
    assert.equal((await surveys.insert(row)).outcome, 'created');
    assert.deepEqual(await surveys.insert({ ...row, receivedAt: 'later' }), { outcome: 'repeat', id: row.id, receivedAt: row.receivedAt });
    assert.equal((await surveys.insert({ ...row, fingerprint: 'b' })).outcome, 'conflict');
    assert.equal(db.prepare('SELECT COUNT(*) FROM survey_answers').pluck().get(), 1);
    assert.throws(() => submissionWriter(db, writer, { table: 'x; DROP TABLE comments', columns: {} }), /identifier/);
    db.close();
  });

  test('a store that cannot write answers 503, never 201', async () => {
    const broken: FeedbackStore = {
      submitComment: () => Promise.reject(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' })),
      enterComment: () => Promise.reject(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' })),
      checkRepeat: async () => undefined,
      listComments: async () => [],
      hasComments: async () => false,
      commentsByReceipt: async () => [],
      settleComment: async () => undefined,
      close: async () => {},
    };
    const t = await testApp({ store: broken });
    try {
      const res = await post(t.app, comment());
      assert.equal(res.statusCode, 503);
      assert.equal(res.json().error.code, 'storage');
    } finally {
      await t.close();
    }
  });
});
