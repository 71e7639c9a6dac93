import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../../tests/utils/eventually.ts";
import { RedisServer } from "../../../tests/utils/redisServer.ts";
import { createLogger } from "../logger.ts";
import type { LimitRule } from "./limiterStore.ts";
import { connectRedisLimits, type RedisLimits } from "./redisLimiterStore.ts";

describe("limits while Redis is down", () => {
  let redis: RedisServer;
  const processes: RedisLimits[] = [];
  const log = createLogger("silent");

  beforeAll(async () => {
    // A Redis of this test's own (never the machine's), so it can be killed and started again.
    redis = await RedisServer.start();
    for (let i = 0; i < 2; i++) processes.push(await connectRedisLimits(redis.url, log));
  }, 20_000);
  afterAll(async () => {
    for (const limits of processes) await limits.close();
    await redis.kill();
  });

  let n = 0;
  const rule = (): LimitRule => ({ name: `outage${n++}`, points: 2, durationSeconds: 60 });
  /** Spends a fresh rule's allowance for `key` on one process: whether the other now refuses it. */
  const shared = async (key: string) => {
    const r = rule();
    const [a, b] = processes.map((p) => p.store(r));
    await a?.spend(key);
    await a?.spend(key);
    return (await b?.spend(key))?.allowed === false;
  };

  it("falls back to counting on each process, then counts across processes once Redis is back", async () => {
    expect(await shared("before")).toBe(true);

    await redis.kill();
    const signIn = rule();
    const [a, b] = processes.map((p) => p.store(signIn));
    // Neither open nor closed: each process still refuses past the allowance, at once.
    const onA = [await a?.spend("eka"), await a?.spend("eka"), await a?.spend("eka")];
    expect(onA.map((v) => v?.allowed)).toEqual([true, true, false]);
    const onB = [await b?.spend("eka"), await b?.spend("eka"), await b?.spend("eka")];
    expect(onB.map((v) => v?.allowed)).toEqual([true, true, false]);

    await redis.restart();
    let attempt = 0;
    await eventually("the processes count together again", () => shared(`after${attempt++}`));
  }, 20_000);
});
