/**
 * The outbox across crashes of the real server (a child process): SIGKILL
 * right after a comment was answered 201, before its confirmation could be
 * sent (the SMTP server is not up yet) → after a restart it goes out once;
 * SIGKILL after the success was recorded → no second copy after a restart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { comment, startServer, tempDir, type ChildServer } from '../helpers.js';
import { mailRegion, quietFor, testSmtp, until } from './helpers.js';

async function kill(server: ChildServer): Promise<void> {
  const exited = once(server.child, 'exit');
  server.child.kill('SIGKILL');
  await exited;
}

test('SIGKILL between storing a comment and sending its mail: the mail goes out once after the restart, and never again', { timeout: 60_000 }, async () => {
  const tmp = tempDir('kpss-mail-crash-');
  const dataDir = join(tmp.dir, 'data');
  mkdirSync(dataDir);
  const region = mailRegion();
  writeFileSync(join(dataDir, 'testovsko.json'), JSON.stringify({ ...region, plan: { ...region.plan, commenting: { from: '2000-01-01', until: '2999-12-31' } } }));
  const smtp = await testSmtp({ start: false });
  const db = join(tmp.dir, 'var', 'kpss.db');
  const env = {
    KPSS_DB: db,
    KPSS_DATA_DIR: dataDir,
    KPSS_RATE_MAX: '0',
    KPSS_SMTP_URL: smtp.url,
    KPSS_MAIL_FROM: 'kpss@testovsko.example',
    KPSS_PUBLIC_URL: 'https://kpss.testovsko.example',
  };
  const outbox = () => {
    const reader = new Database(db, { readonly: true });
    try {
      return reader.prepare('SELECT state, attempts FROM mail_outbox').all() as Array<{ state: string; attempts: number }>;
    } finally {
      reader.close();
    }
  };
  let server = await startServer(env);
  try {
    const body = comment();
    const res = await fetch(`${server.base}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(res.status, 201);
    await kill(server);
    assert.deepEqual(outbox().map((r) => r.state), ['queued'], 'stored with the comment, not sent');

    await smtp.start();
    server = await startServer(env);
    const [mail] = await smtp.waitFor(1, 20_000);
    assert.deepEqual(mail!.to, ['jana.novakova@example.cz']);
    assert.equal(mail!.mail.messageId, `<receipt.${body.id}.1@testovsko.example>`);
    await until(() => outbox()[0]?.state === 'sent', 'the success recorded');

    await kill(server);
    server = await startServer(env);
    await quietFor(3_000); // more than one round of the worker (every 2 s)
    assert.equal(smtp.received.length, 1, 'once: no resend after a recorded success');
  } finally {
    if (server.child.exitCode === null && server.child.signalCode === null) await kill(server);
    await smtp.stop();
    tmp.cleanup();
  }
});
