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
  {
    version: 4,
    name: 'residents hear back: channels, the mail outbox',
    // `channel`: how the comment came (the web form, or entered on the desk
    // from paper, an e-mail or a meeting); `entered_by` is who typed it in.
    // `paragraph_id`: the paragraph of the plan's text the comment is on
    // (`<kpss-plan>`), beside `section_id` (its section or measure).
    // (The receipt a resident looks theirs up by is the first 8 hex digits of
    // the id, stored lower-case: the primary key's index finds it by range,
    // so it needs no column and no index of its own.)
    // `mail_outbox`: one row per message, written in the same transaction as
    // the event that causes it, keyed by the comment's region, plan and
    // number, kind and sequence. Keyed by number, not by the comment's random
    // id: new rows go to the end of the tree, so a group commit of a hundred
    // comments writes a few pages, not a hundred (measured: a random key
    // halved the durable comments a second). The Message-ID is made of the
    // comment id, kind and sequence, so a retry after a crash repeats it. Only
    // queued rows are in the worker's index (a partial index stays small
    // however many were sent). `not_before` is when the worker may send it
    // (settling pushes it on while the coordinator types; a claim's lease too).
    // The content is composed when it is sent, from the comment as it is then.
    // `mail_unsubscribed`: keyed HMACs of addresses that asked for no more
    // mail (never the address). `server_secrets`: the key of those HMACs and
    // of the unsubscribe links, made once per database.
    sql: `
      ALTER TABLE comments ADD COLUMN channel TEXT NOT NULL DEFAULT 'web' CHECK (channel IN ('web', 'paper', 'email', 'meeting'));
      ALTER TABLE comments ADD COLUMN entered_by TEXT;
      ALTER TABLE comments ADD COLUMN paragraph_id TEXT;
      CREATE TABLE mail_outbox (
        region      TEXT NOT NULL,
        plan_id     TEXT NOT NULL,
        number      INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('receipt', 'settled')),
        seq         INTEGER NOT NULL,
        comment_id  TEXT NOT NULL,
        recipient   TEXT,
        created_at  TEXT NOT NULL,
        not_before  TEXT NOT NULL,
        state       TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed', 'cancelled')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        sent_at     TEXT,
        status_sent TEXT,
        PRIMARY KEY (region, plan_id, number, kind, seq),
        FOREIGN KEY (region, plan_id, number) REFERENCES comments (region, plan_id, number)
      ) WITHOUT ROWID;
      CREATE INDEX mail_outbox_due ON mail_outbox (not_before) WHERE state = 'queued';
      CREATE TABLE mail_unsubscribed (
        address_hmac TEXT PRIMARY KEY,
        at           TEXT NOT NULL
      );
      CREATE TABLE server_secrets (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
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
