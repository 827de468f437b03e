/**
 * The mail outbox (schema version 4): every message to a resident is a row
 * written in the same transaction as the event that causes it (a comment
 * stored, a comment settled), so a message is never lost to a crash and never
 * made for an event that was rolled back. A worker (server/mail/worker.ts)
 * claims due rows, sends them and records the outcome.
 *
 * Sent once: a claim moves the row's `not_before` a lease ahead, committed
 * before the message is handed to SMTP, so a second worker (or this one after
 * a restart) takes it again only once the lease has passed; a message is
 * never sent again after its success is recorded. A crash between the SMTP
 * server's "250 OK" and that record sends it a second time, with the same
 * Message-ID (one per comment, kind and sequence), which mail systems that
 * deduplicate recognize.
 *
 * The `on…` methods run inside the caller's transaction (a work function of
 * the group commit): they are synchronous and never wait for a commit.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { GroupCommit } from './group-commit.js';
import type { SettlementStatus } from './types.js';

export type MailKind = 'receipt' | 'settled';
export type MailState = 'queued' | 'sent' | 'failed' | 'cancelled';

export interface OutboxMessage {
  /** The Message-ID's local part: `<kind>.<comment id>.<n>`. */
  readonly messageId: string;
  readonly commentId: string;
  readonly kind: MailKind;
  /** Null once the comment's personal data were erased. */
  readonly recipient: string | null;
  readonly createdAt: string;
  readonly notBefore: string;
  readonly state: MailState;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: string | null;
  /** For a settlement notice: the status it told. */
  readonly statusSent: SettlementStatus | null;
}

export interface OutboxOptions {
  /**
   * A settlement notice waits this long after the last change to the
   * comment's settlement: the desk saves a reason as it is typed, and the
   * resident should get the finished reason once, not a draft.
   */
  settleDelayMs?: number;
  /** How long a claimed message is left to its worker before another may take it. */
  leaseMs?: number;
}

export const DEFAULT_SETTLE_DELAY_MS = 10 * 60_000;
export const DEFAULT_LEASE_MS = 5 * 60_000;

/** What the `on…` hooks need of a comment. */
export interface CommentForMail {
  readonly id: string;
  readonly email: string | null;
  readonly status: SettlementStatus | null;
  readonly mark?: string | null;
}

/** A message as the desk lists it: with its comment's number, region and plan. */
export interface OutboxListed extends OutboxMessage {
  readonly number: number;
  readonly region: string;
  readonly planId: string;
}

export interface OutboxCounts {
  readonly queued: number;
  readonly sent: number;
  readonly failed: number;
  readonly cancelled: number;
}

export interface Outbox {
  /** In the transaction that stored the comment (`rowid`: its row): queues its confirmation. */
  onStored(comment: CommentForMail, at: string, rowid: number | bigint): void;
  /** In the transaction that changed a settlement: queues (or puts off) the notice. */
  onSettled(before: CommentForMail, after: CommentForMail, at: string): void;
  /** In the erasing transaction: the address leaves the outbox, queued messages are cancelled. */
  onErased(commentId: string): void;

  /** Takes up to `limit` due messages for sending (each claimed for the lease). */
  claim(now: Date, limit: number): Promise<OutboxMessage[]>;
  /** Records a success: the message is never sent again. */
  sent(messageId: string, at: Date, status: SettlementStatus | null): Promise<void>;
  /** A failure to try again at `retryAt`, or for good (`retryAt` undefined). */
  failed(messageId: string, error: string, retryAt?: Date): Promise<void>;
  /** A notice for a settlement that changed while the last one was being sent. */
  notifyAgain(comment: CommentForMail, at: string): Promise<void>;
  /** Nothing to send any more (the comment was settled back, marked as spam, erased). */
  cancel(messageId: string, why: string): Promise<void>;
  /** When the earliest queued message is due (ISO), if any. */
  nextDue(): string | undefined;
  /** The status the resident was last told of (a sent notice), if any. */
  toldStatus(commentId: string): SettlementStatus | null;

  /** The signed token of an unsubscribe link for a comment's address. */
  unsubscribeToken(commentId: string): string;
  /** The comment id a token was made for, or undefined for a forged or damaged one. */
  verifyUnsubscribe(token: string): string | undefined;
  /** No more mail to this address: recorded as a keyed hash; its queued messages are cancelled. */
  unsubscribe(address: string, at: string): Promise<number>;
  isUnsubscribed(address: string): boolean;

  /** For the desk: the newest first. */
  list(options?: { state?: MailState; limit?: number }): OutboxListed[];
  counts(): OutboxCounts;
  /** A comment's messages, oldest first. */
  ofComment(commentId: string): OutboxMessage[];
}

const COLUMNS = `kind || '.' || comment_id || '.' || seq AS messageId, comment_id AS commentId, kind, recipient, created_at AS createdAt,
  not_before AS notBefore, state, attempts, last_error AS lastError, sent_at AS sentAt, status_sent AS statusSent`;
/** A comment's rows: the key is the comment's region, plan and number (see migration 4 for why), found by its id. */
const BY_COMMENT = '(region, plan_id, number) = (SELECT region, plan_id, number FROM comments WHERE id = @commentId)';
/** The row of a message id (`<kind>.<comment id>.<n>`), as the statements below take it. */
const KEY = `${BY_COMMENT} AND kind = @kind AND seq = @seq`;

function keyOf(messageId: string): { commentId: string; kind: string; seq: number } {
  const first = messageId.indexOf('.');
  const last = messageId.lastIndexOf('.');
  return { kind: messageId.slice(0, first), commentId: messageId.slice(first + 1, last), seq: Number(messageId.slice(last + 1)) };
}

const normalize = (address: string) => address.trim().toLowerCase();
const b64url = (bytes: Buffer) => bytes.toString('base64url');

export function openOutbox(db: Database, writer: GroupCommit, options: OutboxOptions = {}): Outbox {
  const settleDelayMs = options.settleDelayMs ?? DEFAULT_SETTLE_DELAY_MS;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;

  // The key of the unsubscribe links and of the unsubscribed addresses' hashes:
  // made once per database, so links in mails already sent keep working after a restart.
  db.prepare(`INSERT INTO server_secrets (name, value) VALUES ('mail', ?) ON CONFLICT (name) DO NOTHING`).run(b64url(randomBytes(32)));
  const key = Buffer.from((db.prepare(`SELECT value FROM server_secrets WHERE name = 'mail'`).get() as { value: string }).value, 'base64url');
  const mac = (purpose: string, value: string) => createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest();
  const addressKey = (address: string) => b64url(mac('address', normalize(address)));

  const OF_COMMENT = `INSERT INTO mail_outbox (region, plan_id, number, kind, seq, comment_id, recipient, created_at, not_before)
     SELECT region, plan_id, number, @kind, @seq, id, email, @at, @notBefore FROM comments`;
  // The comment just inserted, by its rowid: no second look-up of its random id on the busiest path.
  const insertByRowid = db.prepare(`${OF_COMMENT} WHERE rowid = @rowid ON CONFLICT DO NOTHING`);
  const insertById = db.prepare(`${OF_COMMENT} WHERE id = @commentId ON CONFLICT DO NOTHING`);
  const countOfKind = db.prepare(`SELECT COUNT(*) AS n FROM mail_outbox WHERE ${BY_COMMENT} AND kind = @kind`);
  const queuedNotice = db.prepare(`SELECT ${COLUMNS} FROM mail_outbox WHERE ${BY_COMMENT} AND kind = 'settled' AND state = 'queued'`);
  const lastNotice = db.prepare(
    `SELECT status_sent AS statusSent FROM mail_outbox WHERE ${BY_COMMENT} AND kind = 'settled' AND state = 'sent' ORDER BY sent_at DESC LIMIT 1`,
  );
  const putOff = db.prepare(`UPDATE mail_outbox SET not_before = @at WHERE ${KEY} AND state = 'queued'`);
  const cancel = db.prepare(`UPDATE mail_outbox SET state = 'cancelled', last_error = @why WHERE ${KEY} AND state = 'queued'`);
  const erase = db.prepare(
    `UPDATE mail_outbox SET recipient = NULL,
       state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END,
       last_error = CASE WHEN state = 'queued' THEN 'osobní údaje smazány' ELSE last_error END
     WHERE ${BY_COMMENT}`,
  );
  const due = db.prepare(`SELECT ${COLUMNS} FROM mail_outbox WHERE state = 'queued' AND not_before <= ? ORDER BY not_before LIMIT ?`);
  const take = db.prepare(`UPDATE mail_outbox SET not_before = @lease, attempts = attempts + 1 WHERE ${KEY} AND state = 'queued' AND not_before <= @at`);
  const markSent = db.prepare(`UPDATE mail_outbox SET state = 'sent', sent_at = @at, status_sent = @status, last_error = NULL WHERE ${KEY}`);
  const retry = db.prepare(`UPDATE mail_outbox SET not_before = @at, last_error = @why WHERE ${KEY} AND state = 'queued'`);
  const giveUp = db.prepare(`UPDATE mail_outbox SET state = 'failed', last_error = @why WHERE ${KEY} AND state = 'queued'`);
  const nextDue = db.prepare(`SELECT MIN(not_before) AS at FROM mail_outbox WHERE state = 'queued'`);
  const unsubscribed = db.prepare('SELECT 1 FROM mail_unsubscribed WHERE address_hmac = ?');
  const addUnsubscribed = db.prepare('INSERT INTO mail_unsubscribed (address_hmac, at) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const cancelTo = db.prepare(
    `UPDATE mail_outbox SET state = 'cancelled', last_error = 'adresát se odhlásil' WHERE state = 'queued' AND lower(recipient) = ?`,
  );
  const LISTED = `SELECT ${COLUMNS}, number, region, plan_id AS planId FROM mail_outbox`;
  const listAll = db.prepare(`${LISTED} ORDER BY created_at DESC, messageId LIMIT ?`);
  const listState = db.prepare(`${LISTED} WHERE state = ? ORDER BY created_at DESC, messageId LIMIT ?`);
  const counts = db.prepare('SELECT state, COUNT(*) AS n FROM mail_outbox GROUP BY state');
  const ofComment = db.prepare(`SELECT ${COLUMNS} FROM mail_outbox WHERE ${BY_COMMENT} ORDER BY created_at, kind, seq`);

  const later = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();
  const isUnsubscribed = (address: string) => unsubscribed.get(addressKey(address)) !== undefined;

  /** A settlement notice: the next in the comment's sequence. */
  function queueNotice(comment: CommentForMail, at: string, notBefore: string): void {
    if (!comment.email || isUnsubscribed(comment.email)) return;
    const seq = (countOfKind.get({ commentId: comment.id, kind: 'settled' }) as { n: number }).n + 1;
    insertById.run({ commentId: comment.id, kind: 'settled', seq, at, notBefore });
  }

  return {
    onStored(comment, at, rowid) {
      // A comment is stored once: its confirmation is always the first of its kind.
      if (!comment.email || isUnsubscribed(comment.email)) return;
      insertByRowid.run({ rowid, kind: 'receipt', seq: 1, at, notBefore: at });
    },
    onSettled(before, after, at) {
      const waiting = queuedNotice.get({ commentId: after.id }) as OutboxMessage | undefined;
      if (waiting) {
        // A notice not sent yet tells the settlement as it is when it goes: put it off while the coordinator works.
        if (after.status === null || after.mark) cancel.run({ ...keyOf(waiting.messageId), why: 'vypořádání zrušeno' });
        else putOff.run({ ...keyOf(waiting.messageId), at: later(at, settleDelayMs) });
        return;
      }
      if (after.status === null || after.mark || after.status === before.status) return;
      // Told already (a status set back to what the resident was told): nothing new to tell.
      const told = (lastNotice.get({ commentId: after.id }) as { statusSent: SettlementStatus | null } | undefined)?.statusSent;
      if (told === after.status) return;
      queueNotice(after, at, later(at, settleDelayMs));
    },
    onErased(commentId) {
      erase.run({ commentId });
    },

    claim(now, limit) {
      return writer.submit(() => {
        const at = now.toISOString();
        const rows = due.all(at, limit) as OutboxMessage[];
        const lease = new Date(now.getTime() + leaseMs).toISOString();
        return rows.filter((row) => take.run({ ...keyOf(row.messageId), lease, at }).changes === 1).map((row) => ({ ...row, attempts: row.attempts + 1 }));
      });
    },
    async sent(messageId, at, status) {
      await writer.submit(() => markSent.run({ ...keyOf(messageId), at: at.toISOString(), status }));
    },
    async failed(messageId, error, retryAt) {
      await writer.submit(() => (retryAt ? retry.run({ ...keyOf(messageId), at: retryAt.toISOString(), why: error }) : giveUp.run({ ...keyOf(messageId), why: error })));
    },
    async notifyAgain(comment, at) {
      await writer.submit(() => {
        if (!queuedNotice.get({ commentId: comment.id })) queueNotice(comment, at, later(at, settleDelayMs));
      });
    },
    async cancel(messageId, why) {
      await writer.submit(() => cancel.run({ ...keyOf(messageId), why }));
    },
    nextDue() {
      return (nextDue.get() as { at: string | null }).at ?? undefined;
    },
    toldStatus(commentId) {
      return (lastNotice.get({ commentId }) as { statusSent: SettlementStatus | null } | undefined)?.statusSent ?? null;
    },

    unsubscribeToken(commentId) {
      return `${commentId}.${b64url(mac('unsubscribe', commentId).subarray(0, 18))}`;
    },
    verifyUnsubscribe(token) {
      const dot = token.lastIndexOf('.');
      if (dot <= 0) return undefined;
      const commentId = token.slice(0, dot);
      const given = Buffer.from(token.slice(dot + 1), 'base64url');
      const expected = mac('unsubscribe', commentId).subarray(0, 18);
      return given.length === expected.length && timingSafeEqual(given, expected) ? commentId : undefined;
    },
    unsubscribe(address, at) {
      return writer.submit(() => {
        addUnsubscribed.run(addressKey(address), at);
        return cancelTo.run(normalize(address)).changes;
      });
    },
    isUnsubscribed,

    list(options = {}) {
      const limit = options.limit ?? 200;
      return (options.state ? listState.all(options.state, limit) : listAll.all(limit)) as OutboxListed[];
    },
    counts() {
      const out = { queued: 0, sent: 0, failed: 0, cancelled: 0 };
      for (const row of counts.all() as Array<{ state: MailState; n: number }>) out[row.state] = row.n;
      return out;
    },
    ofComment(commentId) {
      return ofComment.all({ commentId }) as OutboxMessage[];
    },
  };
}
