import * as Y from "yjs";
import type { SqlDatabase, SqlValue } from "./database.ts";
import { lockLog, shareLogs } from "./logLocks.ts";

/** One Yjs update waiting to be stored for a document. */
export interface PendingUpdate {
  documentId: string;
  data: Uint8Array;
}

/** One stored row of a document's update log. */
export interface StoredUpdate {
  /** Increases with each row stored; rows may become visible slightly out of id order. */
  id: number;
  data: Uint8Array;
}

/** The append-only log of Yjs updates per document, compacted now and then. */
export interface UpdateStore {
  /** Every stored update of a document, oldest first. */
  load(documentId: string): Promise<Uint8Array[]>;
  /**
   * The stored rows of a document with an id above `afterId`, by id: what another process
   * stored since, for repairing a gap in what the bus relayed.
   */
  loadSince(documentId: string, afterId: number): Promise<StoredUpdate[]>;
  /**
   * Stores many updates (of any documents) in one transaction: all or none. Returns the new
   * rows' ids, in the order of `updates`. Does not wait for command transactions.
   */
  append(updates: PendingUpdate[]): Promise<number[]>;
  /** How many update rows a document has. */
  count(documentId: string): Promise<number>;
  /**
   * Replaces a document's stored updates with one encoded state, in one transaction, and
   * returns how many rows it replaced (0 when there was nothing to do). The state merges
   * `currentState` (a live copy's, which may lack rows other processes stored) with every row
   * stored, under the log's exclusive lock: no process's row is ever lost, and of two
   * processes compacting at once the second finds nothing left to do.
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

    async loadSince(documentId, afterId) {
      const rows = await db.all<{ id: number; data: Buffer }>(
        "SELECT id, data FROM document_updates WHERE document_id = ? AND id > ? ORDER BY id",
        [documentId, afterId],
      );
      return rows.map((row) => ({ id: row.id, data: new Uint8Array(row.data) }));
    },

    async append(updates) {
      if (updates.length === 0) return [];
      const now = new Date().toISOString();
      return db.transaction(
        async (tx) => {
          await shareLogs(
            tx,
            updates.map((u) => u.documentId),
          );
          const ids: number[] = [];
          for (let start = 0; start < updates.length; start += ROWS_PER_INSERT) {
            const chunk = updates.slice(start, start + ROWS_PER_INSERT);
            const params: SqlValue[] = [];
            for (const update of chunk) {
              params.push(update.documentId, Buffer.from(update.data), now);
            }
            const placeholders = chunk.map(() => "(?, ?, ?)").join(", ");
            const rows = await tx.all<{ id: number }>(
              `INSERT INTO document_updates (document_id, data, created_at) VALUES ${placeholders} RETURNING id`,
              params,
            );
            // Ids are handed out in VALUES order, so sorting restores it whatever RETURNING's order.
            ids.push(...rows.map((r) => r.id).sort((a, b) => a - b));
          }
          return ids;
        },
        { serialised: false },
      );
    },

    async count(documentId) {
      const row = await db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ?",
        [documentId],
      );
      return row?.n ?? 0;
    },

    compact(documentId, currentState) {
      return db.transaction(
        async (tx) => {
          await lockLog(tx, documentId);
          const rows = await tx.all<{ id: number; data: Buffer }>(
            "SELECT id, data FROM document_updates WHERE document_id = ? ORDER BY id",
            [documentId],
          );
          const last = rows.at(-1)?.id;
          if (last === undefined || rows.length < 2) return 0;
          const state = merge(currentState, rows);
          await tx.run("DELETE FROM document_updates WHERE document_id = ? AND id <= ?", [
            documentId,
            last,
          ]);
          // A new id, above every row it replaces (no append is in flight under the lock) and
          // below every later one: a reader repairing by `loadSince` from any id it knew sees
          // the merged state, even one that missed a row now merged into it.
          await tx.run(
            "INSERT INTO document_updates (document_id, data, created_at) VALUES (?, ?, ?)",
            [documentId, Buffer.from(state), new Date().toISOString()],
          );
          return rows.length;
        },
        { serialised: false },
      );
    },
  };
}

/**
 * `currentState` and every stored row applied to one Y.Doc and encoded: linear in the log's
 * length, unlike `Y.mergeUpdates` (see shared/STACK.md). What the state already holds is
 * recognised and skipped by Yjs itself.
 */
function merge(currentState: Uint8Array | undefined, rows: { data: Buffer }[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    if (currentState) Y.applyUpdate(doc, currentState);
    for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.data));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
