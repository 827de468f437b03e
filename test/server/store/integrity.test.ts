/**
 * A damaged database file is refused at start: the server must not answer
 * 201 to new comments on a file whose old pages cannot be read. Real files:
 * one with several pages of comments, then damaged in the middle, replaced by
 * random bytes, or cut short; the server is started as `npm start` starts it
 * (server/main.ts in a child process) and must exit with code 2 and a message
 * that names the file, without a stack trace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../../../server/store/sqlite.js';
import { stopServer } from '../browser.js';
import { PLAN, REGION, freePort, regionDir, startServer, tempDir } from '../helpers.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A database with a few hundred comments: many pages of the comments table and its indexes. */
async function filledDatabase(path: string): Promise<void> {
  const store = openSqliteStore(path);
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < 400; i += 1) {
    writes.push(
      store.submitComment({
        id: randomUUID(),
        fingerprint: `f${i}`,
        receivedAt: new Date(Date.UTC(2026, 10, 20, 10, 0, i)).toISOString(),
        region: REGION,
        planId: PLAN,
        sectionId: '1.1',
        message: `Připomínka číslo ${i}: ${'pečovatelská služba i o víkendech '.repeat(8)}`,
        proposal: null,
        name: 'Jana Nováková',
        organization: null,
        email: 'jana@example.cz',
      } as never),
    );
  }
  await Promise.all(writes);
  await store.close();
}

/** Runs server/main.ts on the file until it exits (or 20 s); resolves to its exit code and output. */
async function startOn(dbPath: string, dataDir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(await freePort()), KPSS_DB: dbPath, KPSS_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, output };
}

function assertRefused(result: { code: number | null; output: string }, dbPath: string): void {
  assert.equal(result.code, 2, `exit code, output:\n${result.output}`);
  assert.match(result.output, /kpss-server: /);
  assert.ok(result.output.includes(dbPath), `the message names the file:\n${result.output}`);
  assert.doesNotMatch(result.output, /\n\s+at /, `no stack trace:\n${result.output}`);
  assert.doesNotMatch(result.output, /demo at http/, 'the server did not start');
}

test('a database with pages overwritten in the middle: the server refuses to start, exit code 2, the file named', { timeout: 60_000 }, async () => {
  const tmp = tempDir('kpss-damaged-');
  try {
    const db = join(tmp.dir, 'kpss.db');
    await filledDatabase(db);
    const size = statSync(db).size;
    assert.ok(size >= 16 * 4096, `several pages (${size} bytes)`);
    // Three pages' worth of garbage from the middle of the file, the header left alone.
    const fd = openSync(db, 'r+');
    writeSync(fd, randomBytes(3 * 4096), 0, 3 * 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    assert.throws(() => openSqliteStore(db), (error: unknown) => (error as Error).message.includes(db) && /damaged/.test((error as Error).message));
    assertRefused(await startOn(db, regionDir(tmp.dir)), db);
  } finally {
    tmp.cleanup();
  }
});

test('a file of random bytes: refused with a clear message and exit code 2, not a stack trace', { timeout: 60_000 }, async () => {
  const tmp = tempDir('kpss-garbage-');
  try {
    const db = join(tmp.dir, 'kpss.db');
    writeFileSync(db, randomBytes(64 * 1024));
    const before = readFileSync(db);
    assertRefused(await startOn(db, regionDir(tmp.dir)), db);
    assert.ok(readFileSync(db).equals(before), 'the file is left as it was');
  } finally {
    tmp.cleanup();
  }
});

test('a truncated database: refused with a clear message and exit code 2', { timeout: 60_000 }, async () => {
  const tmp = tempDir('kpss-truncated-');
  try {
    const db = join(tmp.dir, 'kpss.db');
    await filledDatabase(db);
    truncateSync(db, Math.floor(statSync(db).size / 3));
    assertRefused(await startOn(db, regionDir(tmp.dir)), db);
  } finally {
    tmp.cleanup();
  }
});

test('a healthy database still starts (and a new file is created)', { timeout: 60_000 }, async () => {
  const tmp = tempDir('kpss-healthy-');
  try {
    const db = join(tmp.dir, 'kpss.db');
    await filledDatabase(db);
    const server = await startServer({ KPSS_DB: db, KPSS_DATA_DIR: regionDir(tmp.dir) });
    await stopServer(server);
    const fresh = await startServer({ KPSS_DB: join(tmp.dir, 'new', 'kpss.db'), KPSS_DATA_DIR: regionDir(tmp.dir) });
    await stopServer(fresh);
  } finally {
    tmp.cleanup();
  }
});
