import { createHash } from "node:crypto";
import type { SqlDatabase } from "./database.ts";

/** A position paper (PDF) attached to a top-level comment, without its bytes. */
export interface AttachmentRecord {
  id: string;
  commentId: string;
  name: string;
  size: number;
  uploadedBy: string;
  createdAt: string;
  /** SHA-256 (lower-case hex) of the bytes, computed once when they were uploaded. */
  sha256: string;
}

interface AttachmentRow {
  id: string;
  comment_id: string;
  name: string;
  size: number;
  uploaded_by: string;
  created_at: string;
  sha256: string;
}

const META = "a.id, a.comment_id, a.name, a.size, a.uploaded_by, a.created_at, a.sha256";

const toRecord = (row: AttachmentRow): AttachmentRecord => ({
  id: row.id,
  commentId: row.comment_id,
  name: row.name,
  size: row.size,
  uploadedBy: row.uploaded_by,
  createdAt: row.created_at,
  sha256: row.sha256,
});

/** Data access for attachments; the file itself is a BLOB read only when downloaded. */
export interface AttachmentStore {
  /** Stores the bytes with their SHA-256, which is never computed again. */
  insert(record: Omit<AttachmentRecord, "sha256">, data: Uint8Array): Promise<AttachmentRecord>;
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
      const sha256 = createHash("sha256").update(data).digest("hex");
      await db.run(
        "INSERT INTO attachments (id, comment_id, name, size, data, uploaded_by, created_at, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [a.id, a.commentId, a.name, a.size, Buffer.from(data), a.uploadedBy, a.createdAt, sha256],
      );
      return { ...a, sha256 };
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
