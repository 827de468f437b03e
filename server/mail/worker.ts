/**
 * Sends what the outbox holds (server/store/outbox.ts): claims due messages,
 * composes each from the comment as it is now, hands it to SMTP (nodemailer)
 * and records the outcome. A failure the SMTP server calls temporary (no
 * connection, a 4xx answer) is tried again later, each time waiting twice as
 * long up to a cap; a refusal of the address itself (550–553) or too many
 * attempts mark the message failed, and the desk shows it.
 *
 * Without an SMTP address the worker does not run: messages stay queued and
 * the desk shows them; they go out once SMTP is configured and the server restarted.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { pragueDate, type RegionLookup } from '../regions.js';
import type { Outbox, OutboxMessage } from '../store/outbox.js';
import type { StoredComment } from '../store/types.js';
import { receiptOf } from '../../src/data/uuid.js';
import { compose } from './compose.js';

export interface MailSettings {
  /** `KPSS_SMTP_URL`, e.g. `smtps://user:password@smtp.example.cz:465`; without it nothing is sent. */
  smtpUrl?: string;
  /** `KPSS_MAIL_FROM`: the sender (an address of the server's own mail domain, for SPF and DKIM). */
  from: string;
  /** First wait after a temporary failure; doubled each time. */
  retryMinMs?: number;
  /** The longest wait between attempts. */
  retryMaxMs?: number;
  /** After this many attempts a message is marked failed. */
  maxAttempts?: number;
  /** How often the outbox is checked for due messages. */
  pollMs?: number;
}

export const MAIL_DEFAULTS = { retryMinMs: 60_000, retryMaxMs: 3_600_000, maxAttempts: 30, pollMs: 2_000 } as const;

export interface MailWorkerDeps {
  outbox: Outbox;
  comment(id: string): Promise<StoredComment | undefined>;
  regions: RegionLookup;
  /** Where residents reach this server (the unsubscribe link); no trailing slash. */
  baseUrl: string;
  now: () => Date;
  log: { info(message: string): void; warn(message: string): void };
}

/** nodemailer's error fields that tell a temporary failure from a refusal. */
interface SmtpError {
  responseCode?: number;
  code?: string;
  message?: string;
}

const PERMANENT = new Set([550, 551, 552, 553]);

/** The settlement page with the receipt to look up; only an http(s) address (relative ones on the server's). */
export function settlementLink(url: string | undefined, baseUrl: string, receipt: string): string | undefined {
  if (!url) return undefined;
  try {
    const link = new URL(url, `${baseUrl}/`);
    if (link.protocol !== 'https:' && link.protocol !== 'http:') return undefined;
    link.searchParams.set('kpss-receipt', receipt);
    return link.href;
  } catch {
    return undefined;
  }
}

export class MailWorker {
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private readonly settings: Required<Omit<MailSettings, 'smtpUrl'>>;
  private readonly domain: string;

  constructor(
    settings: MailSettings & { smtpUrl: string },
    private readonly deps: MailWorkerDeps,
  ) {
    this.settings = { ...MAIL_DEFAULTS, ...settings };
    this.transport = nodemailer.createTransport({
      url: settings.smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
    this.domain = settings.from.replace(/^.*@/, '').replace(/[>\s]/g, '') || 'kpss.invalid';
  }

  start(): void {
    this.schedule(0);
  }

  /** Stops polling and waits for a round in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.round().then(() => undefined, (error: unknown) => this.deps.log.warn(`mail: ${(error as Error).message}`)).finally(() => {
        this.running = undefined;
        this.schedule(this.settings.pollMs);
      });
    }, ms);
    this.timer.unref();
  }

  /** One round: everything due now, a few at a time. Exposed for tests. */
  async round(): Promise<number> {
    let done = 0;
    for (;;) {
      if (this.stopped) return done;
      const batch = await this.deps.outbox.claim(this.deps.now(), 10);
      if (batch.length === 0) return done;
      for (const message of batch) {
        await this.deliver(message);
        done += 1;
      }
    }
  }

  private async deliver(message: OutboxMessage): Promise<void> {
    const { outbox } = this.deps;
    const comment = await this.deps.comment(message.commentId);
    if (!comment || !message.recipient) return outbox.cancel(message.messageId, 'připomínka nebo adresa už neexistuje');
    if (outbox.isUnsubscribed(message.recipient)) return outbox.cancel(message.messageId, 'adresát se odhlásil');
    if (message.kind === 'settled') {
      // Told as it is now: settled back, hidden, or the status the resident already knows → nothing to send.
      if (comment.status === null || comment.mark) return outbox.cancel(message.messageId, 'vypořádání zrušeno');
      if (comment.status === outbox.toldStatus(comment.id)) return outbox.cancel(message.messageId, 'stav se nezměnil');
    }
    const region = this.deps.regions.find(comment.region);
    const plan = region?.plan?.id === comment.planId ? region.plan : undefined;
    const unsubscribeLink = `${this.deps.baseUrl}/mail/unsubscribe?t=${encodeURIComponent(outbox.unsubscribeToken(comment.id))}`;
    const content = compose({
      kind: message.kind,
      comment,
      region,
      settlementLink: settlementLink(plan?.settlementUrl, this.deps.baseUrl, receiptOf(comment.id)),
      unsubscribeLink,
      today: pragueDate(this.deps.now()),
    });
    const replyTo = region?.coordinator?.email;
    try {
      await this.transport.sendMail({
        from: { name: region ? `Komunitní plánování ${region.name}` : 'Komunitní plánování', address: this.settings.from },
        to: message.recipient,
        ...(replyTo ? { replyTo } : {}),
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId: `<${message.messageId}@${this.domain}>`,
        headers: {
          // RFC 8058: mail programs offer "unsubscribe" and POST to the same link.
          'List-Unsubscribe': `<${unsubscribeLink}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'Auto-Submitted': 'auto-generated',
        },
      });
    } catch (error) {
      const e = error as SmtpError;
      const why = `${e.responseCode ? `${e.responseCode} ` : ''}${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}`.slice(0, 500);
      if ((e.responseCode !== undefined && PERMANENT.has(e.responseCode)) || message.attempts >= this.settings.maxAttempts) {
        this.deps.log.warn(`mail ${message.messageId} failed for good: ${why}`);
        return outbox.failed(message.messageId, why);
      }
      const wait = Math.min(this.settings.retryMaxMs, this.settings.retryMinMs * 2 ** (message.attempts - 1));
      this.deps.log.warn(`mail ${message.messageId} not sent (attempt ${message.attempts}), again in ${Math.round(wait / 1000)} s: ${why}`);
      return outbox.failed(message.messageId, why, new Date(this.deps.now().getTime() + wait));
    }
    await outbox.sent(message.messageId, this.deps.now(), message.kind === 'settled' ? comment.status : null);
    this.deps.log.info(`mail ${message.messageId} sent`);
    if (message.kind === 'settled') {
      // Settled differently while this one was on its way: the resident hears of that too.
      const now = await this.deps.comment(comment.id);
      if (now && now.status !== null && !now.mark && now.status !== comment.status) await outbox.notifyAgain(now, this.deps.now().toISOString());
    }
  }
}
