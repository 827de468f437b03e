/**
 * A real SMTP server for the mail tests (the `smtp-server` package, on a
 * loopback port), keeping every message it accepted, parsed with mailparser.
 * It can be stopped and started again on the same port ("down for a while").
 * And the test region with what the mails use: the coordinator's address,
 * the settlement page and date.
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { freePort, regionFile } from '../helpers.js';

export interface Received {
  readonly to: string[];
  readonly raw: string;
  readonly mail: ParsedMail;
}

export interface TestSmtp {
  readonly port: number;
  readonly url: string;
  readonly received: Received[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when `count` messages have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<Received[]>;
}

export async function testSmtp(options: { port?: number; start?: boolean } = {}): Promise<TestSmtp> {
  const port = options.port ?? (await freePort());
  const received: Received[] = [];
  let server: SMTPServer | undefined;
  const smtp: TestSmtp = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            simpleParser(raw).then(
              (mail) => {
                received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, mail });
                callback();
              },
              (error: Error) => callback(error),
            );
          });
        },
      });
      return new Promise((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
    },
    stop() {
      return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
    async waitFor(count, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received;
    },
  };
  if (options.start !== false) await smtp.start();
  return smtp;
}

/** Waits until `check` is true (polling), or fails after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Nothing more arrives within `ms` (to check "exactly one"). */
export const quietFor = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The test region with a coordinator (Reply-To), a settlement page and its date. */
export function mailRegion() {
  const file = regionFile();
  return {
    ...file,
    region: { ...file.region, coordinator: { name: 'Petra Malá', email: 'koordinator@testovsko.example' } },
    plan: { ...file.plan, settlementUrl: 'https://www.testovsko.example/vyporadani', settlementBy: '2027-01-31' },
  };
}
