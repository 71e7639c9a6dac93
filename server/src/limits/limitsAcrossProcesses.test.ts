import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoginThrottle } from "../auth/loginThrottle.ts";
import { openStore, type Store } from "../store/index.ts";
import { buildUser, silentLogger } from "../test/factories.ts";
import { startApi } from "../test/httpClient.ts";
import { type FreshPgDatabase, freshPgDatabase } from "../test/pgDatabase.ts";
import { DEFAULT_POSTING_LIMITS, PostingLimits } from "./postingLimits.ts";
import { connectRedisLimits, type RedisLimits } from "./redisLimiterStore.ts";

const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
const PASSWORD = "kata-sandi-yang-panjang";

/**
 * Two server processes' routes — each its own store (pool) on one fresh PostgreSQL database,
 * and its own Redis connection for the limits — as a proxy would spread one person over them.
 */
describe("limits counted across two processes", { timeout: 30_000 }, () => {
  let database: FreshPgDatabase;
  const prefix = `rembuk_t_${randomBytes(6).toString("hex")}`;
  const stores: Store[] = [];
  const limits: RedisLimits[] = [];
  const apis: Awaited<ReturnType<typeof startApi>>[] = [];

  beforeAll(async () => {
    database = await freshPgDatabase();
    const scratch = path.join(os.tmpdir(), "unused");
    for (let i = 0; i < 2; i++) {
      const store = await openStore({
        dataDir: scratch,
        databaseFile: scratch,
        databaseUrl: database.url,
        databasePoolSize: 4,
      });
      const shared = await connectRedisLimits(REDIS_TEST_URL, silentLogger, prefix);
      stores.push(store);
      limits.push(shared);
      apis.push(
        await startApi(store, {
          loginThrottle: new LoginThrottle(
            { perEmail: 4, perAddress: 100, windowSeconds: 900 },
            shared.store,
          ),
          postingLimits: new PostingLimits(
            { ...DEFAULT_POSTING_LIMITS, profile: { points: 3, durationSeconds: 3600 } },
            shared.store,
          ),
        }),
      );
    }
  });
  afterAll(async () => {
    for (const api of apis) await api.close();
    for (const shared of limits) await shared.close();
    for (const store of stores) await store.close();
    await database?.drop();
    const redis = new Redis(REDIS_TEST_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  const login = (i: number, email: string, password: string) =>
    apis[i]?.anonymous.request("POST", "/api/auth/login", { email, password });

  it("locks an account after its guesses on both processes together", async () => {
    const email = "kepala.dinas@pemda.test";
    await buildUser(stores[0] as Store, { email, password: PASSWORD });
    const guesses = [];
    for (const i of [0, 1, 0, 1]) guesses.push((await login(i, email, `tebakan-${i}`))?.status);
    expect(guesses).toEqual([401, 401, 401, 401]);

    // Each process saw two guesses only, yet the right password is refused on both.
    for (const i of [0, 1]) {
      const refused = await login(i, email, PASSWORD);
      expect(refused?.status).toBe(429);
      expect(await refused?.json()).toMatchObject({ error: { id: "too_many_attempts" } });
    }
  });

  it("refuses a posting over the limit whichever process the postings went to", async () => {
    const email = "siti@warga.test";
    await buildUser(stores[1] as Store, { email, password: PASSWORD });
    const callers = [await apis[0]?.signIn(email), await apis[1]?.signIn(email)];
    const rename = (i: number, name: string) => callers[i]?.request("PATCH", "/api/me", { name });
    const statuses = [];
    for (const [i, name] of [
      [0, "Siti R."],
      [1, "Siti Rahma"],
      [0, "Siti Rahmawati"],
      [1, "Siti Rahmawati, S.H."],
    ] as const) {
      statuses.push((await rename(i, name))?.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // The refused rename changed nothing.
    expect((await stores[0]?.users.findByEmail(email))?.name).toBe("Siti Rahmawati");
  });
});
