import type { SqlDatabase } from "./database.ts";

/** First key of the per-document update-log locks (the second is a hash of the document id). */
const LOG_LOCKS = 2;

/**
 * Update-log locks, so that compaction on one process never deletes a row another process is
 * storing at that moment: appends hold a document's log shared (they never wait for each other,
 * nor for command transactions), compaction holds it exclusively — once it has it, every row of
 * the document is committed and visible. SQLite needs none: one process, one writer.
 */
export async function shareLogs(tx: SqlDatabase, documentIds: string[]): Promise<void> {
  if (tx.dialect !== "postgres" || documentIds.length === 0) return;
  // Sorted, so two appenders and a compactor never wait on each other in a circle.
  const ids = [...new Set(documentIds)].sort();
  for (const id of ids) {
    await tx.get("SELECT pg_advisory_xact_lock_shared(?, hashtext(?)) AS locked", [LOG_LOCKS, id]);
  }
}

/** Holds a document's update log exclusively until the transaction ends (see `shareLogs`). */
export async function lockLog(tx: SqlDatabase, documentId: string): Promise<void> {
  if (tx.dialect !== "postgres") return;
  await tx.get("SELECT pg_advisory_xact_lock(?, hashtext(?)) AS locked", [LOG_LOCKS, documentId]);
}
