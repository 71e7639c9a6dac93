import type { SqlDatabase } from "./database.ts";

/** A position paper (PDF) attached to a top-level comment, without its bytes. */
export interface AttachmentRecord {
  id: string;
  commentId: string;
  name: string;
  size: number;
  uploadedBy: string;
  createdAt: string;
}

interface AttachmentRow {
  id: string;
  comment_id: string;
  name: string;
  size: number;
  uploaded_by: string;
  created_at: string;
}

const META = "a.id, a.comment_id, a.name, a.size, a.uploaded_by, a.created_at";

const toRecord = (row: AttachmentRow): AttachmentRecord => ({
  id: row.id,
  commentId: row.comment_id,
  name: row.name,
  size: row.size,
  uploadedBy: row.uploaded_by,
  createdAt: row.created_at,
});

/** Data access for attachments; the file itself is a BLOB read only when downloaded. */
export interface AttachmentStore {
  insert(record: AttachmentRecord, data: Uint8Array): Promise<void>;
  countForComment(commentId: string): Promise<number>;
  listForComment(commentId: string): Promise<AttachmentRecord[]>;
  /** Every attachment of a document's comments, in upload order. */
  listForDocument(documentId: string): Promise<AttachmentRecord[]>;
  /** One attachment of a document, with its bytes. */
  find(documentId: string, id: string): Promise<(AttachmentRecord & { data: Buffer }) | undefined>;
  /** Removes a comment's attachments (personal-data erasure). */
  deleteForComment(commentId: string): Promise<void>;
}

/** The SQL implementation of {@link AttachmentStore}. */
export function createAttachmentStore(db: SqlDatabase): AttachmentStore {
  return {
    async insert(a, data) {
      await db.run(
        "INSERT INTO attachments (id, comment_id, name, size, data, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [a.id, a.commentId, a.name, a.size, Buffer.from(data), a.uploadedBy, a.createdAt],
      );
    },
    async countForComment(commentId) {
      const row = await db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM attachments WHERE comment_id = ?",
        [commentId],
      );
      return row?.n ?? 0;
    },
    async listForComment(commentId) {
      const rows = await db.all<AttachmentRow>(
        `SELECT ${META} FROM attachments a WHERE a.comment_id = ? ORDER BY a.created_at, a.rowid`,
        [commentId],
      );
      return rows.map(toRecord);
    },
    async listForDocument(documentId) {
      const rows = await db.all<AttachmentRow>(
        `SELECT ${META} FROM attachments a JOIN comments c ON c.id = a.comment_id
         WHERE c.document_id = ? ORDER BY a.created_at, a.rowid`,
        [documentId],
      );
      return rows.map(toRecord);
    },
    async find(documentId, id) {
      const row = await db.get<AttachmentRow & { data: Buffer }>(
        `SELECT ${META}, a.data FROM attachments a JOIN comments c ON c.id = a.comment_id
         WHERE a.id = ? AND c.document_id = ?`,
        [id, documentId],
      );
      return row && { ...toRecord(row), data: row.data };
    },
    async deleteForComment(commentId) {
      await db.run("DELETE FROM attachments WHERE comment_id = ?", [commentId]);
    },
  };
}
