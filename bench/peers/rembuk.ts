import { startServerProcess } from "../lib/serverProcess.ts";
import type { Peer } from "./types.ts";
import { connectWebsocketProvider } from "./yWebsocketClient.ts";

const BENCH_ADMIN = { email: "bench@rembuk.test", password: "kata-sandi-bench" };

/** The environment every benchmarked Rembuk process starts with, plus `extra`. */
export function rembukEnv(dataDir: string, extra: Record<string, string> = {}) {
  return {
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    ...extra,
  };
}

/** Starts one Rembuk process and resolves once it listens. */
export function startRembukProcess(env: Record<string, string>) {
  return startServerProcess({
    name: "Rembuk",
    script: "server/src/index.ts",
    env,
    readyMessage: "Rembuk is listening",
  });
}

/**
 * Documents and sockets need a session: the benchmark works as the draft-owning
 * administrator. Resolves with the session cookie.
 */
export async function signInAsBenchAdmin(base: string): Promise<string> {
  const login = await fetch(`http://${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(BENCH_ADMIN),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (login.status !== 200 || !cookie) throw new Error(`signing in: HTTP ${login.status}`);
  return cookie;
}

/** Creates an empty draft through the API and resolves with its id. */
export async function createBenchDocument(base: string, cookie: string): Promise<string> {
  const response = await fetch(`http://${base}/api/documents`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ title: "Benchmark draft" }),
  });
  if (response.status !== 201) throw new Error(`creating a document: HTTP ${response.status}`);
  const { id } = (await response.json()) as { id: string };
  return id;
}

/** Rembuk itself: every update committed to SQLite (WAL, synchronous=FULL) before it is relayed. */
export const rembukPeer: Peer = {
  id: "rembuk",
  label: "Rembuk",
  persists:
    "every update appended to SQLite (WAL, synchronous=FULL, group commit) and committed before it is relayed",
  reloadsFromStorage: true,
  async start(dataDir) {
    const process = await startRembukProcess(rembukEnv(dataDir));
    const base = `127.0.0.1:${process.port}`;
    const cookie = await signInAsBenchAdmin(base);
    return {
      process,
      newDocument: () => createBenchDocument(base, cookie),
      connect: (documentId) =>
        connectWebsocketProvider(`ws://${base}/collab`, documentId, { cookie }),
    };
  },
};
