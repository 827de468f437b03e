/**
 * Group commit: writes queued during one turn of the event loop are run in one
 * SQLite transaction, and only after that transaction is committed (and, with
 * `synchronous = FULL`, synced to disk) are their callers resolved. One fsync
 * serves a whole batch, so throughput grows with concurrency while every
 * caller still learns of success only once its row is durable.
 *
 * Each write runs inside its own savepoint, so one failing write (a constraint,
 * a bug) rejects only its own caller; a failing commit, or a write that makes
 * SQLite roll the whole transaction back (SQLITE_FULL, an I/O error), rejects
 * the batch.
 */
import type { Database } from 'better-sqlite3';
import { storageFailure } from '../errors.js';

/**
 * A write that failed for want of storage (a full disk, an I/O error, a
 * read-only file, a lock) rejects with the API's 503 `storage`, so every write
 * path answers it, the desk's pages too; the original error is its `cause`.
 */
function rejection(error: unknown): unknown {
  const storage = storageFailure(error);
  if (!storage || storage === error) return error;
  return Object.assign(storage, { cause: error });
}

type Work<T> = (db: Database) => T;

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export interface GroupCommitOptions {
  /** Most writes in one transaction; a longer queue is committed in several. */
  maxBatch?: number;
}

export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private closed = false;
  private readonly maxBatch: number;
  private readonly batch: (items: Pending[]) => Array<{ ok: true; value: unknown } | { ok: false; error: unknown }>;

  /** Batches committed so far and writes in them (for tests and the bench). */
  readonly stats = { batches: 0, writes: 0, largestBatch: 0 };

  constructor(
    private readonly db: Database,
    options: GroupCommitOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 1000;
    const one = db.transaction((work: Work<unknown>) => work(db)); // nested in `batch`: a savepoint
    this.batch = db.transaction((items: Pending[]) =>
      items.map((item) => {
        try {
          return { ok: true as const, value: one(item.work) };
        } catch (error) {
          // SQLite rolled the whole transaction back (a full disk, an I/O error): nothing of
          // the batch is stored, and the rest must not run (and commit) on their own.
          if (!db.inTransaction) throw error;
          return { ok: false as const, error };
        }
      }),
    );
  }

  /** Runs `work` in the next group transaction; resolves after the commit. */
  submit<T>(work: Work<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate runs after the I/O callbacks of this loop turn, so every
        // request parsed in this turn joins the same transaction.
        setImmediate(() => this.flush());
      }
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Commits everything queued now (also used on shutdown). */
  flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const items = this.queue.splice(0, this.maxBatch);
      let results: ReturnType<typeof this.batch>;
      try {
        results = this.batch(items);
      } catch (error) {
        // The commit itself failed (disk full, I/O error): nothing in the batch is stored.
        for (const item of items) item.reject(rejection(error));
        continue;
      }
      this.stats.batches += 1;
      this.stats.writes += items.length;
      this.stats.largestBatch = Math.max(this.stats.largestBatch, items.length);
      results.forEach((result, i) => {
        const item = items[i]!;
        if (result.ok) item.resolve(result.value);
        else item.reject(rejection(result.error));
      });
    }
  }

  /** Commits what is queued and refuses further writes. */
  close(): void {
    this.flush();
    this.closed = true;
  }
}
