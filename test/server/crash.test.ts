/**
 * Durability under a crash: the real server runs as a child process under a
 * stream of comments, is killed with SIGKILL mid-stream, restarted on the same
 * database, and every id that had been answered 201 must be there. Repeated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { PLAN, REGION, TOKEN, comment, regionFile, startServer, tempDir, type ChildServer } from './helpers.js';

const ROUNDS = 3;
const WRITERS = 24;

async function storedIds(server: ChildServer): Promise<Set<string>> {
  const res = await fetch(`${server.base}/api/feedback?region=${REGION}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.status, 200);
  const { comments } = (await res.json()) as { comments: Array<{ id: string }> };
  return new Set(comments.map((c) => c.id));
}

test(`SIGKILL mid-stream, ${ROUNDS} times: every comment answered 201 is in the database after a restart`, { timeout: 60_000 }, async () => {
  const tmp = tempDir('kpss-crash-');
  const dataDir = join(tmp.dir, 'data');
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'testovsko.json'), JSON.stringify(regionFile({ commenting: { from: '2000-01-01', until: '2999-12-31' } })));
  const env = {
    KPSS_DB: join(tmp.dir, 'var', 'kpss.db'),
    KPSS_DATA_DIR: dataDir,
    KPSS_ADMIN_TOKEN: TOKEN,
    KPSS_RATE_MAX: '0',
  };
  const acked = new Map<string, string>(); // id → receivedAt, over all rounds
  let server = await startServer(env);
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      let stop = false;
      let ackedThisRound = 0;
      let failedThisRound = 0;
      const unexpected: string[] = [];
      const writer = async () => {
        while (!stop) {
          const body = comment({ message: `Připomínka z kola ${round}.` });
          try {
            const res = await fetch(`${server.base}/api/feedback`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
            });
            const answer = (await res.json()) as { id: string; receivedAt: string };
            if (res.status === 201) {
              acked.set(answer.id, answer.receivedAt);
              ackedThisRound += 1;
            } else {
              unexpected.push(`${res.status} ${JSON.stringify(answer)}`);
              stop = true;
            }
          } catch {
            failedThisRound += 1; // the server is gone
            stop = true;
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      // Kill at a random moment once the stream is well under way.
      const startAcked = acked.size;
      const deadline = Date.now() + 15_000;
      while (acked.size - startAcked < 200 && !stop && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      assert.ok(!stop, `round ${round}: the stream broke before the kill:\n${server.output().slice(-2000)}`);
      await new Promise((r) => setTimeout(r, Math.random() * 150));
      const exited = once(server.child, 'exit');
      server.child.kill('SIGKILL');
      const [, signal] = await exited;
      assert.equal(signal, 'SIGKILL');
      stop = true;
      await Promise.all(writers);
      assert.deepEqual(unexpected, [], `round ${round}: answers other than 201`);
      assert.ok(ackedThisRound >= 200, `round ${round}: ${ackedThisRound} comments answered 201 before the kill`);
      assert.ok(failedThisRound > 0, `round ${round}: requests were in flight when the server was killed`);

      server = await startServer(env);
      const ids = await storedIds(server);
      const missing = [...acked.keys()].filter((id) => !ids.has(id));
      assert.deepEqual(missing, [], `round ${round}: ${missing.length} of ${acked.size} answered comments are missing`);
    }
    // After the crashes the receipts are still the first ones: a retry is a 200 with the same body.
    const [id, receivedAt] = [...acked.entries()][0]!;
    const stored = await fetch(`${server.base}/api/feedback?region=${REGION}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const first = ((await stored.json()) as { comments: Array<Record<string, unknown>> }).comments.find((c) => c.id === id)!;
    const retry = await fetch(`${server.base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...comment(), id, message: first.message, sectionId: first.sectionId, region: REGION, planId: PLAN }),
    });
    assert.equal(retry.status, 200);
    assert.deepEqual(await retry.json(), { id, receivedAt });
    // A normal stop (SIGTERM) ends cleanly: exit 0, the WAL checkpointed into the database and removed.
    const exited = once(server.child, 'exit');
    server.child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, server.output().slice(-2000));
    assert.equal(existsSync(`${env.KPSS_DB}-wal`), false, 'no WAL left after a clean stop');
  } finally {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      const exited = once(server.child, 'exit');
      server.child.kill('SIGTERM');
      await exited;
    }
    tmp.cleanup();
  }
});
