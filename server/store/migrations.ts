/**
 * Versioned schema migrations for the SQLite store, tracked in
 * `PRAGMA user_version`. Append new steps; never edit a released one.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'comments on the draft plan',
    // `number` is the comment's number in its plan's settlement table, given
    // once at insert so the published annex and the coordinator's table agree
    // for good. `fingerprint` is a hash of the normalized body: a repeat with
    // the same id and fingerprint is answered 200, a different one 409.
    sql: `
      CREATE TABLE comments (
        id           TEXT PRIMARY KEY,
        fingerprint  TEXT NOT NULL,
        received_at  TEXT NOT NULL,
        region       TEXT NOT NULL,
        plan_id      TEXT NOT NULL,
        number       INTEGER NOT NULL,
        section_id   TEXT,
        message      TEXT NOT NULL,
        proposal     TEXT,
        name         TEXT,
        organization TEXT,
        email        TEXT,
        status       TEXT CHECK (status IN ('akceptovano', 'castecne-akceptovano', 'neakceptovano', 'vzato-na-vedomi')),
        resolution   TEXT,
        settled_at   TEXT,
        UNIQUE (region, plan_id, number)
      );
      CREATE INDEX comments_by_region ON comments (region, received_at);
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Brings the database to the latest version; refuses a database made by a newer server. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(`the database is at schema version ${current}, newer than this server knows (${latest}); upgrade the server`);
  }
  for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
