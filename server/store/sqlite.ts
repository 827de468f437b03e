/**
 * The default store: one SQLite file through better-sqlite3.
 *
 * Durability: WAL journal with `synchronous = FULL`, so a commit returns only
 * after the WAL is fsynced; a comment is answered 201 only after the commit of
 * its group transaction (see group-commit.ts). A SIGKILL or a power cut right
 * after the answer cannot lose it.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { startCheckpointer } from './checkpointer.js';
import { GroupCommit } from './group-commit.js';
import { migrate } from './migrations.js';
import { outcomeOf, submissionWriter } from './submissions.js';
import type { CommentQuery, EnteredComment, FeedbackStore, NewComment, SettlementPatch, StoredComment } from './types.js';
import { openDeskStore, type DeskStore } from './desk.js';
import { openSurveyStore, type SurveyStore } from './surveys.js';
import { openOutbox, type Outbox, type OutboxOptions } from './outbox.js';

export interface SqliteStoreOptions {
  /** Most writes in one group transaction. */
  maxBatch?: number;
  /** How often the background thread checkpoints the WAL (ms). */
  checkpointMs?: number;
  /** The mail outbox's timing (settlement notices put off while the coordinator types; the claim lease). */
  mail?: OutboxOptions;
}

export interface SqliteStore extends FeedbackStore {
  readonly db: Database.Database;
  readonly writer: GroupCommit;
  /** Sessions, marks, erasure and the audit log of the coordinator's desk. */
  readonly desk: DeskStore;
  /** Responses to the regions' surveys. */
  readonly surveys: SurveyStore;
  /** Mails to residents, written in the transactions that cause them (outbox.ts). */
  readonly outbox: Outbox;
}

/** The file is not a readable SQLite database (pages overwritten, cut short, not SQLite at all). */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(
      `the database file ${path} is damaged (${detail}). Not starting, so that no comment is acknowledged that could not be kept: ` +
        'restore the file from a backup, or move it aside to start with an empty database.',
    );
    this.name = 'DatabaseDamagedError';
  }
}

const DAMAGE = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

/**
 * `PRAGMA quick_check` before anything is written: a file whose pages cannot
 * be read is refused at start, not found out by the first request that reads them.
 */
function checkIntegrity(db: Database.Database, path: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as Array<Record<string, string>>).map((row) => Object.values(row)[0] ?? '');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (DAMAGE.has(code)) throw new DatabaseDamagedError(path, `${code}: ${(error as Error).message}`);
    throw error;
  }
  if (problems.length !== 1 || problems[0] !== 'ok') throw new DatabaseDamagedError(path, `PRAGMA quick_check: ${problems.join('; ')}`);
}

/**
 * Opens (and creates, with its folder) the database file, checks it and
 * applies the migrations. `:memory:` for tests. Throws DatabaseDamagedError
 * for a file that is not a sound SQLite database.
 */
export function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    checkIntegrity(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Checkpoints run in a worker (checkpointer.ts), not inside a request's commit.
  db.pragma('wal_autocheckpoint = 0');
  // After a checkpoint resets the WAL, keep at most this much of it on disk.
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  migrate(db);
  return db;
}

const COMMENT_COLUMNS = `
  id, number, received_at AS receivedAt, region, plan_id AS planId, section_id AS sectionId,
  message, proposal, name, organization, email, status, resolution, settled_at AS settledAt,
  mark, (SELECT d.number FROM comments d WHERE d.id = comments.duplicate_of) AS duplicateOf, erased_at AS erasedAt,
  channel, entered_by AS enteredBy, paragraph_id AS paragraphId`;

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const db = openDatabase(path);
  const writer = new GroupCommit(db, options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch });
  const checkpointer =
    path === ':memory:'
      ? undefined
      : startCheckpointer(path, options.checkpointMs ?? 500, (m) => console.warn(`kpss-server: WAL checkpoint: ${m}`));

  const outbox = openOutbox(db, writer, options.mail);
  const comments = submissionWriter(db, writer, {
    table: 'comments',
    columns: {
      region: '@region',
      plan_id: '@planId',
      // Numbered inside the transaction, so concurrent comments never share a number.
      number: '(SELECT COALESCE(MAX(number), 0) + 1 FROM comments WHERE region = @region AND plan_id = @planId)',
      section_id: '@sectionId',
      paragraph_id: '@paragraphId',
      message: '@message',
      proposal: '@proposal',
      name: '@name',
      organization: '@organization',
      email: '@email',
      channel: '@channel',
      entered_by: '@enteredBy',
    },
    // The confirmation to a resident who left an address: queued in the same transaction as the comment.
    onInsert: (row, rowid) => outbox.onStored({ id: row.id, email: (row.email as string | null) ?? null, status: null }, row.receivedAt, rowid),
  });

  const byId = db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments WHERE id = ?`);
  const listAll = db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments WHERE region = ? ORDER BY received_at, number`);
  const listPlan = db.prepare(
    `SELECT ${COMMENT_COLUMNS} FROM comments WHERE region = ? AND plan_id = ? ORDER BY received_at, number`,
  );
  const listSettled = db.prepare(
    // Spam and duplicates are kept for the coordinator, never published.
    `SELECT ${COMMENT_COLUMNS} FROM comments WHERE region = ? AND plan_id = ? AND status IS NOT NULL AND mark IS NULL ORDER BY number`,
  );
  // The resident's look-up by the receipt the form showed (public route, server/feedback/public.ts). The receipt is
  // the id's first 8 hex digits (receiptOf, src/data/uuid.ts) and ids are stored lower-case with a dash after them:
  // a range of the primary key, [prefix, prefix + '.'), since '.' sorts right after '-'.
  const byReceipt = db.prepare(
    `SELECT ${COMMENT_COLUMNS} FROM comments WHERE id >= @lo AND id < @hi AND region = @region AND plan_id = @planId ORDER BY number`,
  );
  const anyInRegion = db.prepare('SELECT 1 FROM comments WHERE region = ? LIMIT 1');
  const anyInPlan = db.prepare('SELECT 1 FROM comments WHERE region = ? AND plan_id = ? LIMIT 1');
  const settle = db.prepare(
    `UPDATE comments SET
       status = CASE WHEN @setStatus THEN @status ELSE status END,
       resolution = CASE WHEN @setResolution THEN @resolution ELSE resolution END,
       settled_at = @at
     WHERE id = @id`,
  );

  let closed = false;
  return {
    db,
    writer,
    outbox,
    desk: openDeskStore(db, writer, COMMENT_COLUMNS, outbox),
    surveys: openSurveyStore(db, writer),
    async submitComment(comment: NewComment) {
      // The insert names every parameter: an absent paragraph (writers from before paragraphs) is stored as null.
      return comments.insert({ channel: 'web', enteredBy: null, ...comment, paragraphId: comment.paragraphId ?? null });
    },
    async enterComment(comment: EnteredComment) {
      // The same insert (and number sequence) as submitComment; the spread makes it a row of named parameters.
      return comments.insert({ ...comment, paragraphId: comment.paragraphId ?? null });
    },
    async checkRepeat(id, fingerprint) {
      const previous = comments.receipt(id);
      return previous && outcomeOf(id, fingerprint, previous);
    },
    async listComments(query: CommentQuery) {
      const rows = query.settledOnly
        ? listSettled.all(query.region, query.planId ?? '')
        : query.planId === undefined
          ? listAll.all(query.region)
          : listPlan.all(query.region, query.planId);
      return rows as StoredComment[];
    },
    async hasComments(region, planId) {
      return (planId === undefined ? anyInRegion.get(region) : anyInPlan.get(region, planId)) !== undefined;
    },
    async commentsByReceipt(region, planId, receipt) {
      const lo = receipt.replace('-', '').toLowerCase();
      return byReceipt.all({ lo, hi: `${lo}.`, region, planId }) as StoredComment[];
    },
    settleComment(id: string, patch: SettlementPatch, at: string) {
      return writer.submit(() => {
        const before = byId.get(id) as StoredComment | undefined;
        const result = settle.run({
          id,
          at,
          setStatus: patch.status !== undefined ? 1 : 0,
          status: patch.status ?? null,
          setResolution: patch.resolution !== undefined ? 1 : 0,
          resolution: patch.resolution ?? null,
        });
        if (result.changes !== 1 || !before) return undefined;
        const after = byId.get(id) as StoredComment;
        outbox.onSettled(before, after, at);
        return after;
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      writer.close();
      await checkpointer?.close();
      db.close(); // the last connection: SQLite checkpoints the WAL and removes it
    },
  };
}
