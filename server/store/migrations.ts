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
  {
    version: 2,
    name: "the coordinator's desk: marks, GDPR erasure, audit log, sessions",
    // A comment marked as spam or as a duplicate of another one (same plan) is
    // kept but never published. `erased_at`: name, organization and e-mail
    // were removed on request (GDPR); the comment and its settlement stay.
    // `comment_audit`: who changed what and when (old and new values; never
    // the erased personal data). `desk_sessions`: signed-in coordinators,
    // keyed by a SHA-256 of the cookie's value, so the file never holds a
    // usable session.
    sql: `
      ALTER TABLE comments ADD COLUMN mark TEXT CHECK (mark IN ('spam', 'duplicate'));
      ALTER TABLE comments ADD COLUMN duplicate_of TEXT REFERENCES comments (id);
      ALTER TABLE comments ADD COLUMN erased_at TEXT;
      CREATE TABLE comment_audit (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        comment_id TEXT NOT NULL REFERENCES comments (id),
        at         TEXT NOT NULL,
        actor      TEXT NOT NULL,
        action     TEXT NOT NULL CHECK (action IN ('settle', 'mark', 'erase')),
        changes    TEXT NOT NULL
      );
      CREATE INDEX comment_audit_by_comment ON comment_audit (comment_id, id);
      CREATE TABLE desk_sessions (
        id_hash      TEXT PRIMARY KEY,
        csrf         TEXT NOT NULL,
        actor        TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at   TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'survey responses',
    // One row per response to a region's survey ("anketa"), with the same
    // idempotency columns as comments (server/store/submissions.ts). `answers`
    // is the normalized JSON object of the answers (question id → option id,
    // option ids, number or text; "<id>.other" → text); `number` counts the
    // responses of one survey (the CSV's first column).
    sql: `
      CREATE TABLE survey_responses (
        id          TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        received_at TEXT NOT NULL,
        region      TEXT NOT NULL,
        survey_id   TEXT NOT NULL,
        number      INTEGER NOT NULL,
        answers     TEXT NOT NULL CHECK (json_valid(answers)),
        UNIQUE (region, survey_id, number)
      );
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
