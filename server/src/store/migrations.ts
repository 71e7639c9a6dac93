import type { SqlDatabase } from "./database.ts";
import { POSTGRES_NOW_ISO, postgresDdl, ROWID_COLUMNS } from "./postgresSchema.ts";
import { type Dialect, type Refusal, refusalTriggers } from "./refusalTriggers.ts";
import { backfillAttachmentHashes, SEALED_ROW_REFUSALS } from "./sealedRows.ts";

/** One schema change, in SQLite's words and, where translating them is not enough, PostgreSQL's. */
interface Migration {
  version: number;
  name: string;
  /** Tables and indexes in SQLite's words; PostgreSQL runs them through `postgresDdl`. */
  sql: string;
  /** Changes the database refuses, as triggers in each dialect. */
  refusals?: Refusal[];
  /** What differs too much to translate, run after `sql` and `refusals`. */
  dialectSql?: Record<Dialect, string>;
  /** Work SQL alone cannot do, run after `sql` in the same transaction. */
  backfill?: (tx: SqlDatabase) => Promise<void>;
}

const VERSION_REFUSALS: Refusal[] = [
  {
    name: "versions_are_immutable",
    table: "versions",
    event: "UPDATE",
    message: "versions are immutable",
  },
  {
    name: "versions_are_kept",
    table: "versions",
    event: "DELETE",
    message: "versions are never deleted",
  },
];
const SEAL_REFUSALS: Refusal[] = [
  { name: "seals_are_immutable", table: "seals", event: "UPDATE", message: "seals are immutable" },
  { name: "seals_are_kept", table: "seals", event: "DELETE", message: "seals are never deleted" },
];
const PROFILE_HISTORY_REFUSALS: Refusal[] = [
  {
    name: "profile_changes_never_updated",
    table: "profile_changes",
    event: "UPDATE",
    message: "profile history is append-only",
  },
  {
    name: "profile_changes_never_deleted",
    table: "profile_changes",
    event: "DELETE",
    message: "profile history is append-only",
  },
];

/**
 * Migration 7's start for the notifier: whatever exists counts as handled (see below). `now` is
 * the dialect's current time, `asText` its cast of a number to the text column.
 */
const NOTIFIER_START = (now: string, asText: string) => `
  INSERT INTO notification_state (name, value)
    SELECT 'comments_seen', COALESCE(MAX(rowid), 0)${asText} FROM comments;
  INSERT INTO notification_state (name, value)
    SELECT 'answers_seen', COALESCE(MAX(rowid), 0)${asText} FROM answers;
  INSERT INTO notification_state (name, value)
    SELECT 'moderations_seen', COALESCE(MAX(rowid), 0)${asText} FROM moderation_log;
  INSERT INTO notification_triggers (key, at)
    SELECT 'round_opened:' || id, opens_at FROM rounds WHERE opens_at <= ${now};
`;

/**
 * Schema migrations, applied in order once each. Append new ones; never edit one
 * that has shipped.
 */
const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents and their update log",
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE document_updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL REFERENCES documents(id),
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX document_updates_by_document ON document_updates(document_id, id);
    `,
  },
  {
    version: 2,
    name: "accounts, organisations, sessions, document roles, invitations, outbox",
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        name TEXT NOT NULL,
        affiliation TEXT NOT NULL DEFAULT '',
        interests TEXT NOT NULL DEFAULT '',
        is_admin INTEGER NOT NULL DEFAULT 0,
        disabled_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_by_user ON sessions(user_id);
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        verified_at TEXT,
        verified_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL
      );
      CREATE TABLE memberships (
        user_id TEXT NOT NULL REFERENCES users(id),
        organisation_id TEXT NOT NULL REFERENCES organisations(id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, organisation_id)
      );
      CREATE TABLE document_roles (
        document_id TEXT NOT NULL REFERENCES documents(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        role TEXT NOT NULL,
        granted_by TEXT REFERENCES users(id),
        granted_at TEXT NOT NULL,
        PRIMARY KEY (document_id, user_id)
      );
      CREATE INDEX document_roles_by_user ON document_roles(user_id);
      CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        document_id TEXT NOT NULL REFERENCES documents(id),
        email TEXT NOT NULL,
        role TEXT NOT NULL,
        invited_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT,
        accepted_by TEXT REFERENCES users(id),
        revoked_at TEXT
      );
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        to_email TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT
      );
    `,
  },
  {
    version: 3,
    name: "document form: free text or a structured regulation",
    sql: "ALTER TABLE documents ADD COLUMN form TEXT NOT NULL DEFAULT 'free';",
  },
  {
    version: 4,
    name: "comments, replies, suggestions, answers, attachments and the moderation log",
    // Authorship is a snapshot (name, interests, organisation as they were when written):
    // a later profile change must not rewrite a declared conflict of interest. Wording that a
    // person replaces moves to a revisions table; only moderation for personal data erases it.
    // version_id NULL means the comment was made on the live draft; a consultation round's
    // frozen version will fill it.
    sql: `
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        version_id TEXT,
        parent_id TEXT REFERENCES comments(id),
        kind TEXT NOT NULL,
        author_id TEXT NOT NULL REFERENCES users(id),
        author_name TEXT NOT NULL,
        author_interests TEXT NOT NULL,
        author_organisation_id TEXT,
        author_organisation_name TEXT,
        author_organisation_kind TEXT,
        quote TEXT,
        offset_from INTEGER,
        offset_to INTEGER,
        locator TEXT,
        body TEXT,
        proposed_text TEXT,
        created_at TEXT NOT NULL,
        edited_at TEXT,
        status TEXT NOT NULL DEFAULT 'visible',
        moderation_reason TEXT,
        moderation_note TEXT,
        moderator_id TEXT REFERENCES users(id),
        moderator_name TEXT,
        moderated_at TEXT,
        suggestion_state TEXT,
        decided_by TEXT REFERENCES users(id),
        decided_by_name TEXT,
        decided_at TEXT,
        decline_reason TEXT
      );
      CREATE INDEX comments_by_document ON comments(document_id, created_at);
      CREATE INDEX comments_by_parent ON comments(parent_id);
      CREATE TABLE comment_revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        comment_id TEXT NOT NULL REFERENCES comments(id),
        body TEXT,
        proposed_text TEXT,
        written_at TEXT NOT NULL
      );
      CREATE INDEX comment_revisions_by_comment ON comment_revisions(comment_id, id);
      CREATE TABLE answers (
        comment_id TEXT PRIMARY KEY REFERENCES comments(id),
        disposition TEXT NOT NULL,
        explanation TEXT NOT NULL,
        author_id TEXT NOT NULL REFERENCES users(id),
        author_name TEXT NOT NULL,
        author_interests TEXT NOT NULL,
        author_organisation_id TEXT,
        author_organisation_name TEXT,
        author_organisation_kind TEXT,
        created_at TEXT NOT NULL,
        edited_at TEXT
      );
      CREATE TABLE answer_revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        comment_id TEXT NOT NULL REFERENCES comments(id),
        disposition TEXT NOT NULL,
        explanation TEXT NOT NULL,
        author_id TEXT NOT NULL REFERENCES users(id),
        author_name TEXT NOT NULL,
        written_at TEXT NOT NULL
      );
      CREATE INDEX answer_revisions_by_comment ON answer_revisions(comment_id, id);
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        comment_id TEXT NOT NULL REFERENCES comments(id),
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL,
        uploaded_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL
      );
      CREATE INDEX attachments_by_comment ON attachments(comment_id);
      CREATE TABLE moderation_log (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        comment_id TEXT NOT NULL REFERENCES comments(id),
        action TEXT NOT NULL,
        reason TEXT NOT NULL,
        note TEXT NOT NULL,
        moderator_id TEXT NOT NULL REFERENCES users(id),
        moderator_name TEXT NOT NULL,
        comment_author_id TEXT NOT NULL,
        comment_author_name TEXT NOT NULL,
        comment_created_at TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX moderation_log_by_document ON moderation_log(document_id, at);
    `,
    dialectSql: { sqlite: "", postgres: ROWID_COLUMNS },
  },
  {
    version: 5,
    name: "consultation rounds and the versions they freeze",
    // A version is immutable: no statement in the code updates or deletes one, and the triggers
    // make the database refuse it too. Its author is a snapshot, like a comment's. `ydoc_state`
    // is the live Y.Doc as it was when frozen, so that a passage of the version can be found on
    // the live draft later. A round's number is its version's number. `on_draft` tells, for a
    // comment made on a version, whether its passage could also be marked on the live draft.
    sql: `
      CREATE TABLE versions (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        author_id TEXT NOT NULL REFERENCES users(id),
        author_name TEXT NOT NULL,
        author_interests TEXT NOT NULL,
        author_organisation_id TEXT,
        author_organisation_name TEXT,
        author_organisation_kind TEXT,
        created_at TEXT NOT NULL,
        form TEXT NOT NULL,
        content_json TEXT NOT NULL,
        text TEXT NOT NULL,
        ydoc_state BLOB NOT NULL,
        UNIQUE (document_id, number)
      );
      CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        number INTEGER NOT NULL,
        version_id TEXT NOT NULL UNIQUE REFERENCES versions(id),
        opens_at TEXT NOT NULL,
        closes_at TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        audience TEXT NOT NULL,
        opened_by TEXT NOT NULL REFERENCES users(id),
        opened_by_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT REFERENCES users(id),
        closed_by_name TEXT,
        close_reason TEXT,
        concluded_at TEXT,
        conclusion TEXT,
        conclusion_by TEXT REFERENCES users(id),
        conclusion_by_name TEXT,
        UNIQUE (document_id, number)
      );
      CREATE INDEX rounds_not_closed ON rounds(closed_at, closes_at);
      CREATE TABLE round_organisations (
        round_id TEXT NOT NULL REFERENCES rounds(id),
        organisation_id TEXT NOT NULL REFERENCES organisations(id),
        PRIMARY KEY (round_id, organisation_id)
      );
      ALTER TABLE comments ADD COLUMN on_draft INTEGER;
      CREATE INDEX comments_by_version ON comments(version_id, created_at);
    `,
    refusals: VERSION_REFUSALS,
  },
  {
    version: 6,
    name: "seals of published rounds' records",
    // Append-only: one row per seal, numbered per document; each row names the seal before it.
    // `record_hash` (SHA-256 of the canonical round record alone) lets the sealer see that
    // nothing changed since a round's last seal and skip a redundant one.
    sql: `
      CREATE TABLE seals (
        document_id TEXT NOT NULL REFERENCES documents(id),
        seq INTEGER NOT NULL,
        round_number INTEGER NOT NULL,
        stage TEXT NOT NULL,
        at TEXT NOT NULL,
        previous_seal TEXT,
        hash TEXT NOT NULL,
        record_hash TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
      );
    `,
    refusals: SEAL_REFUSALS,
  },
  {
    version: 7,
    name: "notifications, delivery preferences and the notifier's progress",
    // A notification keeps the texts it shows (title, summary, actor) as they were when it was
    // made. `dedup_key` names the event it reports (e.g. `round_opened:<round id>`), so one
    // person hears of one event once. `notification_triggers` records each event the notifier
    // has handled and `notification_state` how far it has read the comments, answers and
    // moderation log (by rowid) and when the last digest went out. Whatever existed before this migration counts as
    // handled: nobody is flooded with the history when it first runs.
    sql: `
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        round_number INTEGER,
        comment_id TEXT REFERENCES comments(id),
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        actor_name TEXT,
        dedup_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT,
        emailed_at TEXT,
        digested_at TEXT,
        UNIQUE (user_id, dedup_key)
      );
      CREATE INDEX notifications_by_user ON notifications(user_id, created_at, id);
      CREATE INDEX notifications_by_comment ON notifications(comment_id);
      CREATE INDEX notifications_undelivered ON notifications(user_id)
        WHERE emailed_at IS NULL AND digested_at IS NULL;
      CREATE TABLE notification_settings (
        user_id TEXT PRIMARY KEY REFERENCES users(id),
        delivery TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE notification_triggers (
        key TEXT PRIMARY KEY,
        at TEXT NOT NULL
      );
      CREATE TABLE notification_state (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
    dialectSql: {
      sqlite: NOTIFIER_START("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')", ""),
      postgres: NOTIFIER_START(POSTGRES_NOW_ISO, "::text"),
    },
  },
  {
    version: 8,
    name: "sealed rows are immutable; attachments keep the hash they were uploaded with",
    // See sealedRows.ts. `sha256` is computed once at upload (backfilled here for earlier rows),
    // so a record never hashes bytes that may have changed since. `integrity_alerts` holds each
    // time a closed round's record no longer matched its last seal: the document's records are
    // frozen (never sealed again) while one is open, and administrators see it.
    sql: `
      ALTER TABLE attachments ADD COLUMN sha256 TEXT;
      CREATE TABLE integrity_alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL REFERENCES documents(id),
        round_number INTEGER NOT NULL,
        detail TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT
      );
    `,
    refusals: SEALED_ROW_REFUSALS,
    backfill: backfillAttachmentHashes,
  },
  {
    version: 9,
    name: "the public history of each person's names and affiliations",
    // Logged by triggers, so every path that renames someone (now or later) leaves a trace, in
    // the same transaction; the history is append-only. See profileHistoryStore.ts.
    sql: `
      CREATE TABLE profile_changes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL REFERENCES users(id),
        field TEXT NOT NULL CHECK (field IN ('name', 'affiliation')),
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX profile_changes_by_user ON profile_changes(user_id, id);
    `,
    refusals: PROFILE_HISTORY_REFUSALS,
    dialectSql: {
      sqlite: `
        CREATE TRIGGER users_log_rename AFTER UPDATE OF name ON users
          WHEN OLD.name IS NOT NEW.name
        BEGIN
          INSERT INTO profile_changes (user_id, field, old_value, new_value, changed_at)
          VALUES (NEW.id, 'name', OLD.name, NEW.name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
        END;
        CREATE TRIGGER users_log_affiliation AFTER UPDATE OF affiliation ON users
          WHEN OLD.affiliation IS NOT NEW.affiliation
        BEGIN
          INSERT INTO profile_changes (user_id, field, old_value, new_value, changed_at)
          VALUES (NEW.id, 'affiliation', OLD.affiliation, NEW.affiliation,
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
        END;`,
      postgres: `
        CREATE FUNCTION users_log_profile_changes() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
          IF OLD.name IS DISTINCT FROM NEW.name THEN
            INSERT INTO profile_changes (user_id, field, old_value, new_value, changed_at)
            VALUES (NEW.id, 'name', OLD.name, NEW.name, ${POSTGRES_NOW_ISO});
          END IF;
          IF OLD.affiliation IS DISTINCT FROM NEW.affiliation THEN
            INSERT INTO profile_changes (user_id, field, old_value, new_value, changed_at)
            VALUES (NEW.id, 'affiliation', OLD.affiliation, NEW.affiliation, ${POSTGRES_NOW_ISO});
          END IF;
          RETURN NEW;
        END $body$;
        CREATE TRIGGER users_log_profile_changes AFTER UPDATE OF name, affiliation ON users
          FOR EACH ROW EXECUTE FUNCTION users_log_profile_changes();`,
    },
  },
  {
    version: 10,
    name: "why an invitation was revoked",
    // An invitation never grants more than its sender may grant when it is accepted: those of a
    // person who may no longer share the draft (role lowered or removed, account disabled) are
    // revoked with that reason, and the sharing dialog shows them so. Earlier revocations were
    // the owners' own.
    sql: `
      ALTER TABLE invitations ADD COLUMN revoked_reason TEXT
        CHECK (revoked_reason IN ('withdrawn', 'inviter_lost_access', 'inviter_disabled'));
      UPDATE invitations SET revoked_reason = 'withdrawn' WHERE revoked_at IS NOT NULL;
    `,
  },
  {
    version: 11,
    name: "indexes for paging threads and replies without reading every comment's words",
    sql: `
      CREATE INDEX IF NOT EXISTS comment_threads_by_document
        ON comments(document_id, created_at) WHERE parent_id IS NULL;
      CREATE INDEX IF NOT EXISTS comment_replies_by_thread ON comments(parent_id, created_at);
    `,
  },
];

/** A migration's SQL in the database's dialect. */
function migrationSql(migration: Migration, dialect: Dialect): string {
  const tables = dialect === "postgres" ? postgresDdl(migration.sql) : migration.sql;
  const refusals = migration.refusals ? refusalTriggers(dialect, migration.refusals) : "";
  return `${tables}\n${refusals}\n${migration.dialectSql?.[dialect] ?? ""}`;
}

/**
 * Brings the database schema up to date inside one transaction per migration. Each runs as a
 * serialised transaction and looks again inside it whether it is still needed, so processes
 * starting at once on one PostgreSQL database apply each migration exactly once.
 */
export async function migrate(db: SqlDatabase): Promise<void> {
  await db.transaction((tx) =>
    tx.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    ),
  );
  const applied = new Set(
    (await db.all<{ version: number }>("SELECT version FROM schema_migrations")).map(
      (r) => r.version,
    ),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      const done = await tx.get("SELECT 1 AS done FROM schema_migrations WHERE version = ?", [
        migration.version,
      ]);
      if (done) return;
      await tx.exec(migrationSql(migration, db.dialect));
      await migration.backfill?.(tx);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    });
  }
}
