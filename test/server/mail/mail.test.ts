/**
 * Mail to residents against a real SMTP server (smtp-server on a loopback
 * port): the confirmation, the settlement notice, SMTP down for a while, the
 * unsubscribe link, erasure. The crash (SIGKILL) case is in crash.test.ts.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../../server/store/sqlite.js';
import { receiptOf } from '../../../src/data/uuid.js';
import { auth, comment, post, regionDir, tempDir, testApp, type TestApp } from '../helpers.js';
import { mailRegion, quietFor, testSmtp, until, type TestSmtp } from './helpers.js';

const PUBLIC = 'https://kpss.testovsko.example';


interface MailSetup {
  t: TestApp;
  store: SqliteStore;
  smtp: TestSmtp;
  close(): Promise<void>;
}

async function setup(options: { settleDelayMs?: number; smtpRunning?: boolean; smtp?: boolean } = {}): Promise<MailSetup> {
  const smtp = await testSmtp({ start: options.smtpRunning !== false });
  const store = openSqliteStore(':memory:', { mail: { settleDelayMs: options.settleDelayMs ?? 0 } });
  const dir = tempDir();
  const regions = regionDir(dir.dir);
  writeFileSync(join(regions, 'testovsko.json'), JSON.stringify(mailRegion()));
  const t = await testApp({
    store,
    regions,
    publicUrl: PUBLIC,
    mail: options.smtp === false ? {} : { smtpUrl: smtp.url, from: 'kpss@testovsko.example', retryMinMs: 50, pollMs: 30 },
  });
  await t.app.ready();
  return {
    t,
    store,
    smtp,
    async close() {
      await t.close();
      await smtp.stop();
      dir.cleanup();
    },
  };
}

const settle = (t: TestApp, id: string, body: unknown) =>
  t.app.inject({ method: 'PATCH', url: `/api/feedback/${id}`, headers: { 'content-type': 'application/json', ...auth }, payload: JSON.stringify(body) });

describe('mail to residents', () => {
  test('a comment with an e-mail address: exactly one confirmation, in Czech, with the receipt, the text and the settlement link', async () => {
    const m = await setup();
    try {
      const c = comment();
      assert.equal((await post(m.t.app, c)).statusCode, 201);
      const [mail] = await m.smtp.waitFor(1);
      await quietFor(300);
      assert.equal(m.smtp.received.length, 1, 'exactly one');
      const receipt = receiptOf(c.id as string);
      assert.deepEqual(mail!.to, ['jana.novakova@example.cz']);
      assert.equal(mail!.mail.subject, `Vaše připomínka k plánu je přijata (kód ${receipt})`);
      assert.match(mail!.raw, /^Subject: =\?UTF-8\?/im, 'the subject is encoded UTF-8');
      const text = mail!.mail.text ?? '';
      assert.match(text, new RegExp(`připomínku č\\. 1 s kódem ${receipt}`));
      assert.ok(text.includes(c.message as string), 'the comment text');
      assert.ok(text.includes('Pečovatelská služba o víkendech'), 'the section it is about');
      assert.ok(text.includes('nejpozději 31. ledna 2027'), 'when the settlement is expected');
      assert.ok(text.includes(`https://www.testovsko.example/vyporadani?kpss-receipt=${receipt}`), 'the settlement page with the receipt');
      assert.match(text, new RegExp(`${PUBLIC}/mail/unsubscribe\\?t=`), 'the unsubscribe link');
      const htmlPart = String(mail!.mail.html);
      assert.match(htmlPart, /<html lang="cs">/);
      assert.ok(htmlPart.includes(`href="https://www.testovsko.example/vyporadani?kpss-receipt=${receipt}"`));
      assert.equal(mail!.mail.replyTo?.value[0]?.address, 'koordinator@testovsko.example');
      assert.equal(mail!.mail.from?.value[0]?.address, 'kpss@testovsko.example');
      assert.equal(mail!.mail.messageId, `<receipt.${c.id}.1@testovsko.example>`);
      assert.match(mail!.raw, /^List-Unsubscribe:\s+<https:\/\/kpss\.testovsko\.example\/mail\/unsubscribe\?t=/m);
      assert.match(mail!.raw, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      // The same comment sent again (the form's retry) is a repeat: no second mail.
      assert.equal((await post(m.t.app, c)).statusCode, 200);
      await quietFor(300);
      assert.equal(m.smtp.received.length, 1);
      assert.equal(m.store.outbox.list()[0]?.state, 'sent');
    } finally {
      await m.close();
    }
  });

  test('no e-mail address, no mail; a resident\'s text is escaped in the HTML part', async () => {
    const m = await setup();
    try {
      await post(m.t.app, comment({ email: null }));
      await post(m.t.app, comment({ message: 'Prosím <b>tučně</b> & <script>alert(1)</script>' }));
      const [mail] = await m.smtp.waitFor(1);
      await quietFor(200);
      assert.equal(m.smtp.received.length, 1);
      const htmlPart = String(mail!.mail.html);
      assert.ok(!htmlPart.includes('<script>') && !htmlPart.includes('<b>tučně'));
      assert.ok(htmlPart.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    } finally {
      await m.close();
    }
  });

  test('settled: exactly one notice with the status in plain words and the reason; a change of reason alone sends nothing new', async () => {
    const m = await setup();
    try {
      const c = comment();
      await post(m.t.app, c);
      await m.smtp.waitFor(1);
      assert.equal((await settle(m.t, c.id as string, { status: 'castecne-akceptovano', resolution: 'Víkendy doplníme pro obce nad 500 obyvatel.' })).statusCode, 200);
      const [, notice] = await m.smtp.waitFor(2);
      await quietFor(300);
      assert.equal(m.smtp.received.length, 2, 'exactly one notice');
      assert.equal(notice!.mail.subject, 'Vaše připomínka č. 1 je vypořádaná: přijata zčásti');
      const text = notice!.mail.text ?? '';
      assert.ok(text.includes('Připomínku přijímáme zčásti'));
      assert.ok(text.includes('Víkendy doplníme pro obce nad 500 obyvatel.'));
      assert.equal(notice!.mail.messageId, `<settled.${c.id}.1@testovsko.example>`);
      // The reason corrected: the status the resident knows is the same, so no new mail.
      await settle(m.t, c.id as string, { resolution: 'Víkendy doplníme pro obce nad 300 obyvatel.' });
      await quietFor(300);
      assert.equal(m.smtp.received.length, 2);
      // The status changes: one more notice.
      await settle(m.t, c.id as string, { status: 'akceptovano' });
      const third = (await m.smtp.waitFor(3))[2]!;
      assert.equal(third.mail.subject, 'Vaše připomínka č. 1 je vypořádaná: přijata');
      assert.equal(third.mail.messageId, `<settled.${c.id}.2@testovsko.example>`);
      await quietFor(300);
      assert.equal(m.smtp.received.length, 3);
    } finally {
      await m.close();
    }
  });

  test('the notice waits while the coordinator types: one mail with the finished reason', async () => {
    const m = await setup({ settleDelayMs: 10 * 60_000 });
    try {
      const c = comment();
      await post(m.t.app, c);
      await m.smtp.waitFor(1);
      const start = m.t.clock.now.getTime();
      await settle(m.t, c.id as string, { status: 'neakceptovano' });
      m.t.clock.now = new Date(start + 60_000);
      await settle(m.t, c.id as string, { resolution: 'Na to nemá' });
      m.t.clock.now = new Date(start + 120_000);
      await settle(m.t, c.id as string, { resolution: 'Na to nemá plán peníze; zkusíme to v příštím plánu.' });
      await quietFor(300);
      assert.equal(m.smtp.received.length, 1, 'not yet: the coordinator is still typing');
      m.t.clock.now = new Date(start + 120_000 + 10 * 60_000);
      const [, notice] = await m.smtp.waitFor(2);
      await quietFor(300);
      assert.equal(m.smtp.received.length, 2);
      assert.ok((notice!.mail.text ?? '').includes('Na to nemá plán peníze; zkusíme to v příštím plánu.'));
    } finally {
      await m.close();
    }
  });

  test('SMTP down for a while: the messages stay queued and go out once it is back, each once', async () => {
    const m = await setup({ smtpRunning: false });
    try {
      const first = comment();
      const second = comment({ email: 'petr@example.cz' });
      await post(m.t.app, first);
      await post(m.t.app, second);
      await until(() => m.store.outbox.list().every((row) => row.attempts >= 1 && row.lastError !== null), 'a failed attempt');
      assert.deepEqual(m.store.outbox.list().map((row) => row.state), ['queued', 'queued']);
      // Down for longer: the waits grow, and nothing is lost.
      for (let i = 0; i < 3; i += 1) {
        const attempts = m.store.outbox.list()[0]!.attempts;
        // The clock moves on while we wait (a failure is recorded with the time it happened).
        await until(() => {
          m.t.clock.now = new Date(m.t.clock.now.getTime() + 60_000);
          return m.store.outbox.list()[0]!.attempts > attempts;
        }, 'another attempt');
      }
      await m.smtp.start();
      // Back: the next attempts go through (the clock moves on, as the waits between attempts pass).
      await until(() => {
        m.t.clock.now = new Date(m.t.clock.now.getTime() + 60_000);
        return m.smtp.received.length >= 2;
      }, 'both sent');
      for (let i = 0; i < 10; i += 1) {
        m.t.clock.now = new Date(m.t.clock.now.getTime() + 3_600_000);
        await quietFor(40);
      }
      assert.equal(m.smtp.received.length, 2, 'each once, however long one waits');
      assert.deepEqual(m.smtp.received.map((r) => r.to[0]).sort(), ['jana.novakova@example.cz', 'petr@example.cz']);
      assert.deepEqual(m.store.outbox.list().map((row) => row.state), ['sent', 'sent']);
    } finally {
      await m.close();
    }
  });

  test('the unsubscribe link (page, then button, or one click from the mail program): no further mail to that address', async () => {
    const m = await setup();
    try {
      const c = comment();
      await post(m.t.app, c);
      const [mail] = await m.smtp.waitFor(1);
      const link = new URL(/https:\/\/kpss\.testovsko\.example\/mail\/unsubscribe\?t=\S+/.exec(mail!.mail.text ?? '')![0]);
      const path = `${link.pathname}${link.search}`;
      const page = await m.t.app.inject({ method: 'GET', url: path });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<button type="submit">Odhlásit se<\/button>/);
      assert.equal(m.store.outbox.isUnsubscribed('jana.novakova@example.cz'), false, 'opening the link changes nothing');
      // RFC 8058 one-click, as a mail program sends it.
      const done = await m.t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      assert.equal(done.statusCode, 200);
      assert.match(done.body, /už žádný e-mail/);
      assert.equal(m.store.outbox.isUnsubscribed('Jana.Novakova@example.cz '), true);
      // Neither a notice for that comment nor a confirmation of a new one.
      await settle(m.t, c.id as string, { status: 'akceptovano', resolution: 'Doplníme.' });
      await post(m.t.app, comment({ email: 'JANA.novakova@example.cz' }));
      await quietFor(400);
      assert.equal(m.smtp.received.length, 1);
      // A forged or cut token is refused.
      const forged = await m.t.app.inject({ method: 'POST', url: `/mail/unsubscribe?t=${c.id}.AAAAAAAAAAAAAAAAAAAAAAAA` });
      assert.equal(forged.statusCode, 400);
      assert.equal((await m.t.app.inject({ method: 'GET', url: '/mail/unsubscribe?t=' })).statusCode, 400);
    } finally {
      await m.close();
    }
  });

  test('erasure: the address is gone from the outbox too, and what was queued is not sent', async () => {
    const m = await setup({ smtp: false });
    try {
      const c = comment();
      await post(m.t.app, c);
      await settle(m.t, c.id as string, { status: 'akceptovano' });
      assert.equal(m.store.outbox.list().length, 2, 'without SMTP the messages stay queued');
      assert.ok(m.store.outbox.list().every((row) => row.state === 'queued' && row.recipient === 'jana.novakova@example.cz'));
      await m.store.desk.erase(c.id as string, new Date().toISOString(), 'Petra Malá');
      const rows = m.store.outbox.list();
      assert.ok(rows.every((row) => row.recipient === null && row.state === 'cancelled'));
      const dump = JSON.stringify(m.store.db.prepare('SELECT * FROM mail_outbox').all());
      assert.ok(!dump.includes('novakova'), 'no trace of the address in the outbox');
    } finally {
      await m.close();
    }
  });

  test('without SMTP the messages stay queued, and the desk shows them', async () => {
    const m = await setup({ smtp: false });
    try {
      const c = comment();
      await post(m.t.app, c);
      await quietFor(200);
      const overview = await m.t.app.inject({ method: 'GET', url: '/admin', headers: auth });
      assert.match(overview.body, /<a href="\/admin\/mail">E-maily obyvatelům<\/a>: 1 čeká \(odesílání není nastavené\), 0 nedoručeno, 0 odesláno\./);
      const page = await m.t.app.inject({ method: 'GET', url: '/admin/mail', headers: auth });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Odesílání e-mailů není nastavené/);
      assert.match(page.body, /Potvrzení přijetí/);
      assert.match(page.body, /jana\.novakova@example\.cz/);
      assert.match(page.body, /Čeká na odeslání/);
      assert.ok(page.body.includes(`href="/admin/comment/${c.id}">č. 1</a>`));
      const sent = await m.t.app.inject({ method: 'GET', url: '/admin/mail?stav=sent', headers: auth });
      assert.match(sent.body, /Žádné zprávy ve stavu „Odesláno“/);
      assert.equal((await m.t.app.inject({ method: 'GET', url: '/admin/mail' })).statusCode, 401, 'the coordinator only');
      // The comment's own page tells what its author was sent.
      const one = await m.t.app.inject({ method: 'GET', url: `/admin/comment/${c.id}`, headers: auth });
      assert.match(one.body, /<dt>E-maily pisateli<\/dt><dd><ul class="plain"><li>Potvrzení přijetí: čeká na odeslání \(nejdříve /);
    } finally {
      await m.close();
    }
  });
});
