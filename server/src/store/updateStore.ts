import * as Y from "yjs";
import type { SqlDatabase, SqlValue } from "./database.ts";

/** One Yjs update waiting to be stored for a document. */
export interface PendingUpdate {
  documentId: string;
  data: Uint8Array;
}

/** The append-only log of Yjs updates per document, compacted now and then. */
export interface UpdateStore {
  /** Every stored update of a document, oldest first. */
  load(documentId: string): Promise<Uint8Array[]>;
  /** Stores many updates (of any documents) in one transaction: all or none. */
  append(updates: PendingUpdate[]): Promise<void>;
  /** How many update rows a document has. */
  count(documentId: string): Promise<number>;
  /**
   * Replaces a document's stored updates with one encoded state, in one
   * transaction. Returns the number of rows it replaced (0 when there was nothing to do).
   */
  compact(documentId: string): Promise<number>;
}

/** Rows per INSERT statement; 3 parameters each stays well under SQLite's limit. */
const ROWS_PER_INSERT = 300;

/** The SQL implementation of {@link UpdateStore}. */
export function createUpdateStore(db: SqlDatabase): UpdateStore {
  return {
    async load(documentId) {
      const rows = await db.all<{ data: Buffer }>(
        "SELECT data FROM document_updates WHERE document_id = ? ORDER BY id",
        [documentId],
      );
      return rows.map((row) => new Uint8Array(row.data));
    },

    async append(updates) {
      if (updates.length === 0) return;
      const now = new Date().toISOString();
      await db.transaction(async (tx) => {
        for (let start = 0; start < updates.length; start += ROWS_PER_INSERT) {
          const chunk = updates.slice(start, start + ROWS_PER_INSERT);
          const params: SqlValue[] = [];
          for (const update of chunk) params.push(update.documentId, Buffer.from(update.data), now);
          const placeholders = chunk.map(() => "(?, ?, ?)").join(", ");
          await tx.run(
            `INSERT INTO document_updates (document_id, data, created_at) VALUES ${placeholders}`,
            params,
          );
        }
      });
    },

    async count(documentId) {
      const row = await db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ?",
        [documentId],
      );
      return row?.n ?? 0;
    },

    compact(documentId) {
      return db.transaction(async (tx) => {
        const rows = await tx.all<{ id: number; data: Buffer }>(
          "SELECT id, data FROM document_updates WHERE document_id = ? ORDER BY id",
          [documentId],
        );
        const last = rows.at(-1);
        if (!last || rows.length < 2) return 0;
        // Applying to a document and encoding it stays linear in the log's length;
        // Y.mergeUpdates does not (see shared/STACK.md).
        const doc = new Y.Doc();
        try {
          for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.data));
          const state = Y.encodeStateAsUpdate(doc);
          await tx.run("DELETE FROM document_updates WHERE document_id = ? AND id <= ?", [
            documentId,
            last.id,
          ]);
          // Reusing the newest id keeps the compacted state ordered before anything appended later.
          await tx.run(
            "INSERT INTO document_updates (id, document_id, data, created_at) VALUES (?, ?, ?, ?)",
            [last.id, documentId, Buffer.from(state), new Date().toISOString()],
          );
        } finally {
          doc.destroy();
        }
        return rows.length;
      });
    },
  };
}
