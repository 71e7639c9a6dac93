import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LimiterStore, LimitRule } from "./limiterStore.ts";
import { redisLimiterStore } from "./redisLimiterStore.ts";

const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";

/** Two server processes, each with its own connection, counting under one test's prefix. */
describe("limits shared through Redis", () => {
  const clients: Redis[] = [];
  let first: LimiterStore;
  let second: LimiterStore;
  const prefix = `rembuk_t_${randomBytes(6).toString("hex")}`;

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const client = new Redis(REDIS_TEST_URL, { enableOfflineQueue: false, lazyConnect: true });
      await client.connect();
      clients.push(client);
    }
    first = redisLimiterStore(clients[0] as Redis, prefix);
    second = redisLimiterStore(clients[1] as Redis, prefix);
  });
  afterAll(async () => {
    const keys = await clients[0]?.keys(`${prefix}:*`);
    if (keys?.length) await clients[0]?.del(...keys);
    for (const client of clients) client.disconnect();
  });

  const rule = (points: number, extra: Partial<LimitRule> = {}): LimitRule => ({
    name: `rule${randomBytes(3).toString("hex")}`,
    points,
    durationSeconds: 60,
    ...extra,
  });

  it("counts one account's spending on both processes together", async () => {
    const posting = rule(3);
    const [a, b] = [first(posting), second(posting)];
    expect(await a.spend("alice")).toEqual({ allowed: true });
    expect(await b.spend("alice")).toEqual({ allowed: true });
    expect(await a.spend("alice")).toEqual({ allowed: true });
    const refused = await b.spend("alice");
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(await a.spend("budi")).toEqual({ allowed: true });
  });

  it("lets exactly the allowance through when a burst is spread over both processes", async () => {
    const posting = rule(5);
    const [a, b] = [first(posting), second(posting)];
    const verdicts = await Promise.all(
      Array.from({ length: 24 }, (_, i) => (i % 2 ? a : b).spend("citra")),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });

  it("sees a refund or a forgiveness made on the other process", async () => {
    const signIn = rule(2, { blockSeconds: 900 });
    const [a, b] = [first(signIn), second(signIn)];
    await a.spend("dewi@example.id");
    await a.spend("dewi@example.id");
    await b.refund("dewi@example.id");
    expect((await a.spend("dewi@example.id")).allowed).toBe(true);
    const locked = await a.spend("dewi@example.id");
    expect(locked.allowed).toBe(false);
    // The lockout lasts the block, not the rest of the window.
    if (!locked.allowed) expect(locked.retryAfterMs).toBeGreaterThan(60_000);
    expect((await b.spend("dewi@example.id")).allowed).toBe(false);
    await b.forgive("dewi@example.id");
    expect((await a.spend("dewi@example.id")).allowed).toBe(true);
  });
});
