import fs from "node:fs/promises";
import { openSqlite, type SqlDatabase } from "./database.ts";
import { createDocumentStore, type DocumentStore } from "./documentStore.ts";
import { migrate } from "./migrations.ts";
import { createUpdateStore, type UpdateStore } from "./updateStore.ts";

export type { DocumentRecord, DocumentStore } from "./documentStore.ts";
export type { PendingUpdate, UpdateStore } from "./updateStore.ts";

/** Every store module over one database connection. */
export interface Store {
  db: SqlDatabase;
  documents: DocumentStore;
  updates: UpdateStore;
  close(): Promise<void>;
}

/** Opens the embedded SQLite store in `dataDir`, creating and migrating it as needed. */
export async function openStore(dataDir: string, databaseFile: string): Promise<Store> {
  await fs.mkdir(dataDir, { recursive: true });
  const db = await openSqlite(databaseFile);
  await migrate(db);
  return {
    db,
    documents: createDocumentStore(db),
    updates: createUpdateStore(db),
    close: () => db.close(),
  };
}
