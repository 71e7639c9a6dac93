import { startServerProcess } from "../lib/serverProcess.ts";
import type { Peer } from "./types.ts";
import { connectWebsocketProvider } from "./yWebsocketClient.ts";

/** Rembuk itself: every update committed to SQLite (WAL, synchronous=FULL) before it is relayed. */
export const rembukPeer: Peer = {
  id: "rembuk",
  label: "Rembuk",
  persists:
    "every update appended to SQLite (WAL, synchronous=FULL, group commit) and committed before it is relayed",
  reloadsFromStorage: true,
  async start(dataDir) {
    const process = await startServerProcess({
      name: "Rembuk",
      script: "server/src/index.ts",
      env: { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "info" },
      readyMessage: "Rembuk is listening",
    });
    const base = `127.0.0.1:${process.port}`;
    return {
      process,
      async newDocument() {
        const response = await fetch(`http://${base}/api/documents`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ title: "Benchmark draft" }),
        });
        if (response.status !== 201)
          throw new Error(`creating a document: HTTP ${response.status}`);
        const { id } = (await response.json()) as { id: string };
        return id;
      },
      connect: (documentId) => connectWebsocketProvider(`ws://${base}/collab`, documentId),
    };
  },
};
