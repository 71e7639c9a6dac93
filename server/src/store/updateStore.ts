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
   * transaction, and returns how many rows it replaced (0 when there was nothing
   * to do). `currentState` is the encoded state of a live copy that holds at least
   * everything stored (see `UpdateWriter`); without it the log is replayed.
   */
  compact(documentId: string, currentState?: Uint8Array): Promise<number>;
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

    compact(documentId, currentState) {
      return db.transaction(async (tx) => {
        const rows = await tx.get<{ n: number; last: number | null }>(
          "SELECT COUNT(*) AS n, MAX(id) AS last FROM document_updates WHERE document_id = ?",
          [documentId],
        );
        if (!rows || rows.last === null || rows.n < 2) return 0;
        const state = currentState ?? (await replay(tx, documentId, rows.last));
        await tx.run("DELETE FROM document_updates WHERE document_id = ? AND id <= ?", [
          documentId,
          rows.last,
        ]);
        // Reusing the newest id keeps the compacted state ordered before anything appended later.
        await tx.run(
          "INSERT INTO document_updates (id, document_id, data, created_at) VALUES (?, ?, ?, ?)",
          [rows.last, documentId, Buffer.from(state), new Date().toISOString()],
        );
        return rows.n;
      });
    },
  };
}

/**
 * Replays a document's log up to `lastId` into a Y.Doc and encodes it. Linear in
 * the log's length, unlike `Y.mergeUpdates` (see shared/STACK.md).
 */
async function replay(tx: SqlDatabase, documentId: string, lastId: number): Promise<Uint8Array> {
  const rows = await tx.all<{ data: Buffer }>(
    "SELECT data FROM document_updates WHERE document_id = ? AND id <= ? ORDER BY id",
    [documentId, lastId],
  );
  const doc = new Y.Doc();
  try {
    for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.data));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
