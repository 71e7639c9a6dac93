import type { SqlDatabase } from "./database.ts";

/**
 * Schema migrations, applied in order once each. Append new ones; never edit one
 * that has shipped.
 */
const MIGRATIONS: { version: number; name: string; sql: string }[] = [
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
  },
];

/** Brings the database schema up to date inside one transaction per migration. */
export async function migrate(db: SqlDatabase): Promise<void> {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const applied = new Set(
    (await db.all<{ version: number }>("SELECT version FROM schema_migrations")).map(
      (r) => r.version,
    ),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    });
  }
}
