import { createHash } from "node:crypto";
import sqlite3 from "sqlite3";
import * as Y from "yjs";
import { DRAFT_TEXT } from "./collabClient.ts";

/** One row of `document_updates` as a test sees it. */
export interface UpdateRow {
  id: number;
  data: Uint8Array;
}

/**
 * Runs `work` on its own connection to the server's SQLite file and closes it.
 * Safe while the server runs (WAL mode); writes wait for the server's lock.
 */
async function withDatabase<T>(
  file: string,
  work: (db: sqlite3.Database) => Promise<T>,
): Promise<T> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) =>
      err ? reject(err) : resolve(handle),
    );
  });
  db.configure("busyTimeout", 5000);
  try {
    return await work(db);
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

/** Every stored update row of a document, oldest first. */
export function readUpdateRows(file: string, documentId: string): Promise<UpdateRow[]> {
  return withDatabase(
    file,
    (db) =>
      new Promise((resolve, reject) =>
        db.all<{ id: number; data: Buffer }>(
          "SELECT id, data FROM document_updates WHERE document_id = ? ORDER BY id",
          [documentId],
          (err, rows) =>
            err
              ? reject(err)
              : resolve(rows.map((r) => ({ id: r.id, data: new Uint8Array(r.data) }))),
        ),
      ),
  );
}

/** Appends a raw row to a document's update log, as a damaged disk or a bad migration could. */
export function insertUpdateRow(
  file: string,
  documentId: string,
  data: Uint8Array,
): Promise<number> {
  return withDatabase(
    file,
    (db) =>
      new Promise((resolve, reject) =>
        db.run(
          "INSERT INTO document_updates (document_id, data, created_at) VALUES (?, ?, ?)",
          [documentId, Buffer.from(data), new Date().toISOString()],
          function (this: sqlite3.RunResult, err: Error | null) {
            if (err) reject(err);
            else resolve(this.lastID);
          },
        ),
      ),
  );
}

/** Deletes one row of the update log. */
export function deleteUpdateRow(file: string, id: number): Promise<void> {
  return withDatabase(
    file,
    (db) =>
      new Promise((resolve, reject) =>
        db.run("DELETE FROM document_updates WHERE id = ?", [id], (err) =>
          err ? reject(err) : resolve(),
        ),
      ),
  );
}

/** A comparable fingerprint of a document's stored rows: ids and content hashes. */
export function fingerprint(rows: UpdateRow[]): string[] {
  return rows.map((row) => `${row.id}:${createHash("sha256").update(row.data).digest("hex")}`);
}

/** Rebuilds the document the rows describe, as the server would load it. */
export function documentFromRows(rows: UpdateRow[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const row of rows) Y.applyUpdate(doc, row.data);
  });
  return doc;
}

/** The draft text as stored on disk right now. */
export async function storedDraft(file: string, documentId: string): Promise<string> {
  const doc = documentFromRows(await readUpdateRows(file, documentId));
  const text = doc.getText(DRAFT_TEXT).toString();
  doc.destroy();
  return text;
}
