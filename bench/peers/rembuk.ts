import { startServerProcess } from "../lib/serverProcess.ts";
import type { Peer } from "./types.ts";
import { connectWebsocketProvider } from "./yWebsocketClient.ts";

const BENCH_ADMIN = { email: "bench@rembuk.test", password: "kata-sandi-bench" };

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
      env: {
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        LOG_LEVEL: "info",
        ADMIN_EMAIL: BENCH_ADMIN.email,
        ADMIN_PASSWORD: BENCH_ADMIN.password,
      },
      readyMessage: "Rembuk is listening",
    });
    const base = `127.0.0.1:${process.port}`;
    // Documents and sockets need a session: the benchmark works as the draft-owning administrator.
    const login = await fetch(`http://${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(BENCH_ADMIN),
    });
    const cookie = login.headers.get("set-cookie")?.split(";")[0];
    if (login.status !== 200 || !cookie) throw new Error(`signing in: HTTP ${login.status}`);
    return {
      process,
      async newDocument() {
        const response = await fetch(`http://${base}/api/documents`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ title: "Benchmark draft" }),
        });
        if (response.status !== 201)
          throw new Error(`creating a document: HTTP ${response.status}`);
        const { id } = (await response.json()) as { id: string };
        return id;
      },
      connect: (documentId) =>
        connectWebsocketProvider(`ws://${base}/collab`, documentId, { cookie }),
    };
  },
};
