import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { RedisServer } from "../../../tests/utils/redisServer.ts";
import { loadConfig } from "../config.ts";
import { type RunningServer, startServer } from "../server.ts";
import { openStore, type Store } from "../store/index.ts";
import { buildDocument, buildUser, silentLogger } from "./factories.ts";
import { type FreshPgDatabase, freshPgDatabase } from "./pgDatabase.ts";
import { streamReader } from "./streamReader.ts";

/** The password of every person of a two-process scene. */
const PASSWORD = "kata-sandi-yang-panjang";

/** Someone's browser: requests to one process or the other with their session cookie. */
export interface Browser {
  cookie: string;
  request(server: RunningServer, method: string, path: string, body?: unknown): Promise<Response>;
}

/**
 * Two Rembuk processes as production runs them, in this test process: each its own
 * `startServer` on one fresh PostgreSQL database and one Redis of the test's own (so it can
 * restart it), plus a store connection of the test's for setting up records; `settings` are
 * more environment variables for both. `close` stops
 * both, drops the database and ends Redis.
 */
export async function startTwoProcesses(settings: Record<string, string> = {}) {
  const database: FreshPgDatabase = await freshPgDatabase();
  const redis = await RedisServer.start();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "rembuk-two-"));
  const location = { dataDir, databaseFile: path.join(dataDir, "unused.sqlite") };
  const store: Store = await openStore({ ...location, databaseUrl: database.url });
  const servers: RunningServer[] = [];
  for (let i = 0; i < 2; i++) {
    const config = loadConfig({
      PORT: "0",
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: "4",
      REDIS_URL: redis.url,
      UNLOAD_GRACE_MS: "50",
      LOG_LEVEL: "silent",
      ...settings,
    });
    servers.push(await startServer(config, silentLogger, dataDir));
  }
  const [first, second] = servers as [RunningServer, RunningServer];

  /** Signs `email` in on `server` through the real login route. */
  async function signIn(server: RunningServer, email: string): Promise<Browser> {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const cookie = res.headers.get("set-cookie")?.split(";")[0];
    if (res.status !== 200 || !cookie) throw new Error(`sign-in answered ${res.status}`);
    return {
      cookie,
      request: (to, method, path, body) =>
        fetch(`${to.url}${path}`, {
          method,
          headers: {
            cookie,
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
    };
  }

  return {
    first,
    second,
    redis,
    store,
    /** An account (`props` as `buildUser` takes them), signed in on `server`. */
    async person(server: RunningServer, props: Parameters<typeof buildUser>[1] = {}) {
      const user = await buildUser(store, { password: PASSWORD, ...props });
      return { user, browser: await signIn(server, user.email) };
    },
    signIn,
    /** A free draft, with `roles` granted on it. */
    async draft(id: string, roles: [userId: string, role: "owner" | "drafter" | "reviewer"][]) {
      await buildDocument(store, id, "Rancangan Perda Parkir");
      for (const [userId, role] of roles) {
        const grantedAt = new Date().toISOString();
        await store.roles.put({ documentId: id, userId, role, grantedBy: null, grantedAt });
      }
      return id;
    },
    /** Follows `path`'s event stream on `server` as `browser`, once it said it is connected. */
    async follow(server: RunningServer, browser: Browser, path: string) {
      const res = await browser.request(server, "GET", path);
      if (res.status !== 200) throw new Error(`stream refused: ${res.status} ${await res.text()}`);
      const stream = streamReader(res);
      await stream.until(": connected");
      return stream;
    },
    async close() {
      await Promise.all(servers.map((server) => server.close()));
      await store.close();
      await database.drop();
      await redis.kill();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type TwoProcesses = Awaited<ReturnType<typeof startTwoProcesses>>;
