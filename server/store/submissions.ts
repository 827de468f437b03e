/**
 * The one durable, idempotent insert every kind of public submission uses
 * (comments on the plan now, survey answers later): a row keyed by the id the
 * client generated, with a fingerprint of its normalized content.
 *
 * - new id: inserted in the next group commit, answered after the commit;
 * - same id, same fingerprint: nothing is stored again, the first receipt is returned;
 * - same id, other fingerprint: a conflict.
 *
 * A table for a new kind needs the columns `id TEXT PRIMARY KEY`,
 * `fingerprint TEXT NOT NULL` and `received_at TEXT NOT NULL` (a migration),
 * and a `SubmissionTable` naming how its other columns are filled.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { GroupCommit } from './group-commit.js';

export interface SubmissionRow {
  id: string;
  fingerprint: string;
  receivedAt: string;
  [param: string]: string | number | null;
}

export interface SubmissionTable {
  /** A fixed table name from code, never from input. */
  readonly table: string;
  /**
   * Column → SQL value expression over `@param`s of the row, e.g.
   * `{ message: '@message' }`, or a subquery computed inside the transaction
   * such as the next number in a sequence.
   */
  readonly columns: Readonly<Record<string, string>>;
  /** Runs in the inserting transaction after a new row (not a repeat): what the insert causes, such as a mail to queue. */
  readonly onInsert?: (row: SubmissionRow, rowid: number | bigint) => void;
}

export type SubmitOutcome =
  | { readonly outcome: 'created'; readonly id: string; readonly receivedAt: string }
  | { readonly outcome: 'repeat'; readonly id: string; readonly receivedAt: string }
  | { readonly outcome: 'conflict'; readonly id: string };

export interface Receipt {
  readonly fingerprint: string;
  readonly receivedAt: string;
}

export interface SubmissionWriter {
  insert(row: SubmissionRow): Promise<SubmitOutcome>;
  /** The stored receipt of an id, read without waiting for a commit. */
  receipt(id: string): Receipt | undefined;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export function submissionWriter(db: Database, writer: GroupCommit, spec: SubmissionTable): SubmissionWriter {
  const names = Object.keys(spec.columns);
  for (const name of [spec.table, ...names]) {
    if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  }
  const columns = { id: '@id', fingerprint: '@fingerprint', received_at: '@receivedAt', ...spec.columns };
  const insert: Statement = db.prepare(
    `INSERT INTO ${spec.table} (${Object.keys(columns).join(', ')}) VALUES (${Object.values(columns).join(', ')}) ON CONFLICT (id) DO NOTHING`,
  );
  const lookup = db.prepare(`SELECT fingerprint, received_at AS receivedAt FROM ${spec.table} WHERE id = ?`);
  const receipt = (id: string) => lookup.get(id) as Receipt | undefined;

  return {
    receipt,
    insert(row) {
      return writer.submit((): SubmitOutcome => {
        // ON CONFLICT DO NOTHING also settles two copies of one id in the same batch.
        const result = insert.run(row);
        if (result.changes === 1) {
          spec.onInsert?.(row, result.lastInsertRowid);
          return { outcome: 'created', id: row.id, receivedAt: row.receivedAt };
        }
        const previous = receipt(row.id);
        if (!previous) throw new Error(`submission ${row.id} neither inserted nor found`);
        return outcomeOf(row.id, row.fingerprint, previous);
      });
    },
  };
}

/** The answer to a submission that the store already holds (used before a write is even queued). */
export function outcomeOf(id: string, fingerprint: string, previous: Receipt): SubmitOutcome {
  return previous.fingerprint === fingerprint
    ? { outcome: 'repeat', id, receivedAt: previous.receivedAt }
    : { outcome: 'conflict', id };
}
