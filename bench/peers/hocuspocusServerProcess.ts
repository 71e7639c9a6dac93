/**
 * `@hocuspocus/server` 3.4 with `@hocuspocus/extension-database` storing into
 * SQLite. It mirrors `@hocuspocus/extension-sqlite` (one row per document, the
 * whole state upserted) but uses the project's `sqlite3` 6 and a file with the
 * same pragmas as Rembuk: extension-sqlite would pull a second, `sqlite3` 5
 * native build and defaults to an in-memory database.
 */
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Database } from "@hocuspocus/extension-database";
import { Server } from "@hocuspocus/server";
import sqlite3 from "sqlite3";

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error("DATA_DIR is required");

const db = new sqlite3.Database(path.join(dataDir, "hocuspocus.sqlite"));
const exec = (sql: string) =>
  new Promise<void>((resolve, reject) => db.exec(sql, (e) => (e ? reject(e) : resolve())));
await exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
  CREATE TABLE IF NOT EXISTS documents (name varchar(255) NOT NULL, data blob NOT NULL, UNIQUE(name));`);

const server = new Server({
  quiet: true,
  stopOnSignals: false,
  extensions: [
    new Database({
      fetch: ({ documentName }) =>
        new Promise((resolve, reject) => {
          db.get(
            "SELECT data FROM documents WHERE name = ?",
            [documentName],
            (e: Error | null, row?: { data: Buffer }) =>
              e ? reject(e) : resolve(row ? new Uint8Array(row.data) : null),
          );
        }),
      store: ({ documentName, state }) =>
        new Promise((resolve, reject) => {
          db.run(
            "INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data",
            [documentName, state],
            (e) => (e ? reject(e) : resolve()),
          );
        }),
    }),
  ],
});

// Server.listen() passes `address` where Node expects `host` and would bind every
// interface; listening on its http server directly keeps it on 127.0.0.1.
server.httpServer.listen(0, "127.0.0.1", () => {
  const { port } = server.httpServer.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ msg: "peer is listening", port })}\n`);
});

process.on("SIGTERM", async () => {
  // destroy() closes every connection and resolves once every document is unloaded,
  // which waits for its pending onStoreDocument.
  await server.destroy();
  await new Promise<void>((resolve) => db.close(() => resolve()));
  process.exit(0);
});
