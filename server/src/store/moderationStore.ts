import type { ModerationReason } from "../../../shared/schemas/index.ts";
import type { SqlDatabase } from "./database.ts";

/** One moderation action, standing on its own: it will be published. */
export interface ModerationLogRecord {
  id: string;
  documentId: string;
  commentId: string;
  action: "hide" | "erase";
  reason: ModerationReason;
  note: string;
  moderator: { id: string; name: string };
  commentAuthor: { id: string; name: string };
  commentCreatedAt: string;
  at: string;
}

interface ModerationLogRow {
  id: string;
  document_id: string;
  comment_id: string;
  action: "hide" | "erase";
  reason: ModerationReason;
  note: string;
  moderator_id: string;
  moderator_name: string;
  comment_author_id: string;
  comment_author_name: string;
  comment_created_at: string;
  at: string;
}

const toRecord = (row: ModerationLogRow): ModerationLogRecord => ({
  id: row.id,
  documentId: row.document_id,
  commentId: row.comment_id,
  action: row.action,
  reason: row.reason,
  note: row.note,
  moderator: { id: row.moderator_id, name: row.moderator_name },
  commentAuthor: { id: row.comment_author_id, name: row.comment_author_name },
  commentCreatedAt: row.comment_created_at,
  at: row.at,
});

/** The append-only moderation log: nothing is ever updated or deleted in it. */
export interface ModerationStore {
  append(entry: ModerationLogRecord): Promise<void>;
  listForDocument(documentId: string): Promise<ModerationLogRecord[]>;
}

/** The SQL implementation of {@link ModerationStore}. */
export function createModerationStore(db: SqlDatabase): ModerationStore {
  return {
    async append(e) {
      await db.run(
        `INSERT INTO moderation_log (id, document_id, comment_id, action, reason, note, moderator_id,
         moderator_name, comment_author_id, comment_author_name, comment_created_at, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          e.id,
          e.documentId,
          e.commentId,
          e.action,
          e.reason,
          e.note,
          e.moderator.id,
          e.moderator.name,
          e.commentAuthor.id,
          e.commentAuthor.name,
          e.commentCreatedAt,
          e.at,
        ],
      );
    },
    async listForDocument(documentId) {
      const rows = await db.all<ModerationLogRow>(
        "SELECT * FROM moderation_log WHERE document_id = ? ORDER BY at, rowid",
        [documentId],
      );
      return rows.map(toRecord);
    },
  };
}
