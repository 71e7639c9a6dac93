import type { IndexeddbPersistence } from "y-indexeddb";
import type { PendingFlagStore } from "./SaveTracker.ts";

/**
 * Name of the IndexedDB database that keeps a document on this device, one per account: edits
 * made offline by one person are never sent later under another person's session.
 */
export function localDatabaseName(documentId: string, ownerId: string): string {
  return `rembuk-doc-${ownerId}-${documentId}`;
}

/**
 * Resolves once every update applied to the doc so far is committed to IndexedDB. y-indexeddb
 * writes each update in its own read-write transaction on `updates`; a read-only transaction
 * on the same store that starts later completes only after those writes did.
 */
export async function waitForLocalCopy(persistence: IndexeddbPersistence): Promise<void> {
  await persistence.whenSynced;
  const db = persistence.db;
  if (!db) throw new Error("Local storage is not open");
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(["updates"], "readonly");
    transaction.objectStore("updates").count();
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** A "has unconfirmed changes" flag per account and document in localStorage, so it survives a reload. */
export function pendingFlagStore(documentId: string, ownerId: string): PendingFlagStore {
  const key = `rembuk-unsaved-${ownerId}-${documentId}`;
  return {
    read: () => {
      try {
        return localStorage.getItem(key) === "1";
      } catch {
        return false;
      }
    },
    write: (pending) => {
      try {
        if (pending) localStorage.setItem(key, "1");
        else localStorage.removeItem(key);
      } catch {
        // Without storage the flag only lives for this visit; the tracker still works.
      }
    },
  };
}
