import type { DocumentForm } from "../../../shared/schemas/index.ts";
import type { SqlDatabase } from "./database.ts";

/** A draft regulation's record; its content lives in the update log. */
export interface DocumentRecord {
  id: string;
  title: string;
  createdAt: string;
  /** "free" (flat paragraphs, the first drafts) or "regulation" (the structured form). */
  form: DocumentForm;
}

interface DocumentRow {
  id: string;
  title: string;
  created_at: string;
  form: DocumentForm;
}

const toRecord = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  form: row.form,
});

/** Data access for document records. */
export interface DocumentStore {
  insert(record: DocumentRecord): Promise<void>;
  find(id: string): Promise<DocumentRecord | undefined>;
  list(): Promise<DocumentRecord[]>;
  /** Documents a person holds a role on, newest first. */
  listForUser(userId: string): Promise<DocumentRecord[]>;
}

/** The SQL implementation of {@link DocumentStore}. */
export function createDocumentStore(db: SqlDatabase): DocumentStore {
  return {
    async insert(record) {
      await db.run("INSERT INTO documents (id, title, created_at, form) VALUES (?, ?, ?, ?)", [
        record.id,
        record.title,
        record.createdAt,
        record.form,
      ]);
    },
    async find(id) {
      const row = await db.get<DocumentRow>("SELECT * FROM documents WHERE id = ?", [id]);
      return row && toRecord(row);
    },
    async listForUser(userId) {
      const rows = await db.all<DocumentRow>(
        `SELECT d.* FROM documents d JOIN document_roles r ON r.document_id = d.id
         WHERE r.user_id = ? ORDER BY d.created_at DESC, d.id DESC`,
        [userId],
      );
      return rows.map(toRecord);
    },
    async list() {
      const rows = await db.all<DocumentRow>(
        "SELECT * FROM documents ORDER BY created_at DESC, id DESC",
      );
      return rows.map(toRecord);
    },
  };
}
