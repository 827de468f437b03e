/**
 * What the coordinator's desk needs from SQLite beyond the feedback store:
 * sessions, marks (spam, duplicate), GDPR erasure and the audit log. Every
 * change to a comment and its audit entry are one savepoint of the group
 * commit, so the log can never miss a change nor record one that was lost.
 */
import type { Database } from 'better-sqlite3';
import type { GroupCommit } from './group-commit.js';
import type { CommentMark, SettlementPatch, StoredComment } from './types.js';
import type { Outbox, OutboxMessage } from './outbox.js';

export interface SessionRecord {
  /** SHA-256 of the cookie's value (base64url): the file never holds a usable session. */
  readonly idHash: string;
  readonly csrf: string;
  /** Who signed in, as they typed it: the "who" of the audit log. */
  readonly actor: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
}

export type AuditAction = 'settle' | 'mark' | 'erase';

/** Field → [before, after]; for an erasure `erased` lists the fields, never their values. */
export type AuditChanges = Record<string, [unknown, unknown]> | { erased: string[] };

export interface AuditEntry {
  readonly id: number;
  readonly commentId: string;
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly changes: AuditChanges;
}

export interface PlanSummary {
  readonly region: string;
  readonly planId: string;
  readonly total: number;
  /** Neither settled nor marked as spam or duplicate. */
  readonly unsettled: number;
  /** Spam and duplicates. */
  readonly hidden: number;
}

export interface MarkPatch {
  readonly mark: CommentMark | null;
  /** The number of the repeated comment in the same plan (with `duplicate`). */
  readonly duplicateOf: number | null;
}

export type MarkResult =
  | { readonly ok: true; readonly comment: StoredComment }
  | { readonly ok: false; readonly reason: 'not-found' | 'no-such-number' | 'self' };

export interface DeskStore {
  createSession(session: SessionRecord): Promise<void>;
  findSession(idHash: string): Promise<SessionRecord | undefined>;
  touchSession(idHash: string, at: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Removes expired sessions; resolves to how many. */
  purgeSessions(now: string): Promise<number>;
  /** Every region and plan that has comments, with counts. */
  plans(): Promise<PlanSummary[]>;
  comment(id: string): Promise<StoredComment | undefined>;
  /** Records status and resolution with an audit entry; undefined when there is no such comment. */
  settle(id: string, patch: SettlementPatch, at: string, actor: string): Promise<StoredComment | undefined>;
  mark(id: string, patch: MarkPatch, at: string, actor: string): Promise<MarkResult>;
  /** Removes name, organization and e-mail; the comment and its settlement stay. */
  erase(id: string, at: string, actor: string): Promise<StoredComment | undefined>;
  /** The comment's audit log, oldest first. */
  audit(commentId: string): Promise<AuditEntry[]>;
  /** The mails to the comment's author (confirmation, notices), oldest first. */
  mails(commentId: string): Promise<OutboxMessage[]>;
  /** Audit entries per comment id of a plan. */
  auditCounts(region: string, planId: string): Promise<Map<string, number>>;
}

/** Saving as you type: changes by one person within this window are one audit entry. */
export const AUDIT_MERGE_MS = 10 * 60_000;

interface AuditRow {
  id: number;
  commentId: string;
  at: string;
  actor: string;
  action: AuditAction;
  changes: string;
}

const entryOf = (row: AuditRow): AuditEntry => ({ ...row, changes: JSON.parse(row.changes) as AuditChanges });

/** `columns`: the SELECT list of a StoredComment (sqlite.ts owns it); `outbox`: the mails a change causes, in its transaction. */
export function openDeskStore(db: Database, writer: GroupCommit, columns: string, outbox: Outbox): DeskStore {
  const insertSession = db.prepare(
    `INSERT INTO desk_sessions (id_hash, csrf, actor, created_at, last_seen_at, expires_at)
     VALUES (@idHash, @csrf, @actor, @createdAt, @lastSeenAt, @expiresAt)`,
  );
  const findSession = db.prepare(
    `SELECT id_hash AS idHash, csrf, actor, created_at AS createdAt, last_seen_at AS lastSeenAt, expires_at AS expiresAt
     FROM desk_sessions WHERE id_hash = ?`,
  );
  const touchSession = db.prepare('UPDATE desk_sessions SET last_seen_at = ? WHERE id_hash = ?');
  const deleteSession = db.prepare('DELETE FROM desk_sessions WHERE id_hash = ?');
  const purgeSessions = db.prepare('DELETE FROM desk_sessions WHERE expires_at <= ?');
  const plans = db.prepare(
    `SELECT region, plan_id AS planId, COUNT(*) AS total,
            SUM(status IS NULL AND mark IS NULL) AS unsettled, SUM(mark IS NOT NULL) AS hidden
     FROM comments GROUP BY region, plan_id ORDER BY region, plan_id`,
  );
  const byId = db.prepare(`SELECT ${columns} FROM comments WHERE id = ?`);
  const byNumber = db.prepare('SELECT id FROM comments WHERE region = ? AND plan_id = ? AND number = ?');
  const idOf = db.prepare('SELECT duplicate_of AS duplicateOf FROM comments WHERE id = ?');
  const settle = db.prepare('UPDATE comments SET status = @status, resolution = @resolution, settled_at = @at WHERE id = @id');
  const mark = db.prepare('UPDATE comments SET mark = @mark, duplicate_of = @duplicateOf WHERE id = @id');
  const erase = db.prepare(
    // The fingerprint is a hash of the text with the name and e-mail: guessable, so it goes too.
    `UPDATE comments SET name = NULL, organization = NULL, email = NULL, erased_at = @at,
       fingerprint = 'erased:' || lower(hex(randomblob(16))) WHERE id = @id`,
  );
  const lastAudit = db.prepare(
    'SELECT id, comment_id AS commentId, at, actor, action, changes FROM comment_audit WHERE comment_id = ? ORDER BY id DESC LIMIT 1',
  );
  const insertAudit = db.prepare(
    'INSERT INTO comment_audit (comment_id, at, actor, action, changes) VALUES (@commentId, @at, @actor, @action, @changes)',
  );
  const updateAudit = db.prepare('UPDATE comment_audit SET at = @at, changes = @changes WHERE id = @id');
  const deleteAudit = db.prepare('DELETE FROM comment_audit WHERE id = ?');
  const listAudit = db.prepare(
    'SELECT id, comment_id AS commentId, at, actor, action, changes FROM comment_audit WHERE comment_id = ? ORDER BY id',
  );
  const countAudit = db.prepare(
    `SELECT a.comment_id AS id, COUNT(*) AS n FROM comment_audit a JOIN comments c ON c.id = a.comment_id
     WHERE c.region = ? AND c.plan_id = ? GROUP BY a.comment_id`,
  );

  const get = (id: string) => byId.get(id) as StoredComment | undefined;

  /**
   * Appends an audit entry, or folds it into the same person's previous entry
   * of the same kind from the last few minutes (a reason saved while it is
   * typed is one change, not twenty). A fold that ends where it began is removed.
   */
  function record(commentId: string, at: string, actor: string, action: AuditAction, changes: Record<string, [unknown, unknown]>): void {
    const last = lastAudit.get(commentId) as AuditRow | undefined;
    if (last && last.action === action && last.actor === actor && Date.parse(at) - Date.parse(last.at) < AUDIT_MERGE_MS) {
      const merged: Record<string, [unknown, unknown]> = { ...(JSON.parse(last.changes) as Record<string, [unknown, unknown]>) };
      for (const [field, [before, after]] of Object.entries(changes)) {
        merged[field] = [field in merged ? merged[field]![0] : before, after];
      }
      for (const [field, [before, after]] of Object.entries(merged)) if (before === after) delete merged[field];
      if (Object.keys(merged).length === 0) deleteAudit.run(last.id);
      else updateAudit.run({ id: last.id, at, changes: JSON.stringify(merged) });
      return;
    }
    insertAudit.run({ commentId, at, actor, action, changes: JSON.stringify(changes) });
  }

  return {
    async createSession(session) {
      await writer.submit(() => insertSession.run(session));
    },
    async findSession(idHash) {
      return findSession.get(idHash) as SessionRecord | undefined;
    },
    async touchSession(idHash, at) {
      await writer.submit(() => touchSession.run(at, idHash));
    },
    async deleteSession(idHash) {
      await writer.submit(() => deleteSession.run(idHash));
    },
    async purgeSessions(now) {
      return writer.submit(() => purgeSessions.run(now).changes);
    },
    async plans() {
      return (plans.all() as PlanSummary[]).map((p) => ({ ...p, unsettled: Number(p.unsettled), hidden: Number(p.hidden) }));
    },
    async comment(id) {
      return get(id);
    },
    settle(id, patch, at, actor) {
      return writer.submit(() => {
        const before = get(id);
        if (!before) return undefined;
        const status = patch.status === undefined ? before.status : patch.status;
        const resolution = patch.resolution === undefined ? before.resolution : patch.resolution;
        const changes: Record<string, [unknown, unknown]> = {};
        if (status !== before.status) changes.status = [before.status, status];
        if (resolution !== before.resolution) changes.resolution = [before.resolution, resolution];
        if (Object.keys(changes).length === 0) return before;
        settle.run({ id, status, resolution, at });
        record(id, at, actor, 'settle', changes);
        const after = get(id)!;
        outbox.onSettled(before, after, at);
        return after;
      });
    },
    mark(id, patch, at, actor) {
      return writer.submit((): MarkResult => {
        const before = get(id);
        if (!before) return { ok: false, reason: 'not-found' };
        let duplicateOf: string | null = null;
        if (patch.mark === 'duplicate') {
          const target = byNumber.get(before.region, before.planId, patch.duplicateOf) as { id: string } | undefined;
          if (!target) return { ok: false, reason: 'no-such-number' };
          if (target.id === id) return { ok: false, reason: 'self' };
          duplicateOf = target.id;
        }
        const previous = (idOf.get(id) as { duplicateOf: string | null }).duplicateOf;
        if (before.mark === patch.mark && previous === duplicateOf) return { ok: true, comment: before };
        mark.run({ id, mark: patch.mark, duplicateOf });
        const after = get(id)!;
        // Marked as spam or a duplicate: a notice not sent yet is not sent.
        outbox.onSettled(before, after, at);
        const changes: Record<string, [unknown, unknown]> = {};
        if ((before.mark ?? null) !== after.mark) changes.mark = [before.mark ?? null, after.mark ?? null];
        if ((before.duplicateOf ?? null) !== (after.duplicateOf ?? null)) changes.duplicateOf = [before.duplicateOf ?? null, after.duplicateOf ?? null];
        insertAudit.run({ commentId: id, at, actor, action: 'mark', changes: JSON.stringify(changes) });
        return { ok: true, comment: after };
      });
    },
    erase(id, at, actor) {
      return writer.submit(() => {
        const before = get(id);
        if (!before) return undefined;
        const erased = (['name', 'organization', 'email'] as const).filter((field) => before[field] !== null);
        if (before.erasedAt && erased.length === 0) return before;
        erase.run({ id, at });
        outbox.onErased(id);
        insertAudit.run({ commentId: id, at, actor, action: 'erase', changes: JSON.stringify({ erased }) });
        return get(id);
      });
    },
    async audit(commentId) {
      return (listAudit.all(commentId) as AuditRow[]).map(entryOf);
    },
    async mails(commentId) {
      return outbox.ofComment(commentId);
    },
    async auditCounts(region, planId) {
      const rows = countAudit.all(region, planId) as Array<{ id: string; n: number }>;
      return new Map(rows.map((r) => [r.id, r.n]));
    },
  };
}
