import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../../tests/utils/eventually.ts";
import { createLogger } from "../logger.ts";
import type { LimitRule } from "./limiterStore.ts";
import { connectRedisLimits, type RedisLimits } from "./redisLimiterStore.ts";

/** A Redis of this test's own (never the machine's), so it can be killed and started again. */
class OwnRedis {
  private child: ChildProcess | undefined;
  constructor(readonly port: number) {}
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start() {
    const child = spawn(
      "redis-server",
      ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    this.child = child;
    let out = "";
    child.stdout?.setEncoding("utf8");
    await new Promise<void>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
      child.stdout?.on("data", (chunk: string) => {
        out += chunk;
        if (out.includes("Ready to accept connections")) resolve();
      });
    });
  }
  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    child.kill("SIGKILL");
    await once(child, "exit");
  }
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

describe("limits while Redis is down", () => {
  let redis: OwnRedis;
  const processes: RedisLimits[] = [];
  const log = createLogger("silent");

  beforeAll(async () => {
    redis = new OwnRedis(await freePort());
    await redis.start();
    for (let i = 0; i < 2; i++) processes.push(await connectRedisLimits(redis.url, log));
  }, 20_000);
  afterAll(async () => {
    for (const limits of processes) await limits.close();
    await redis.kill();
  });

  let n = 0;
  const rule = (): LimitRule => ({ name: `outage${n++}`, points: 2, durationSeconds: 60 });
  /** Spends `key` on the first process until refused; the number of spends allowed. */
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

    await redis.start();
    let attempt = 0;
    await eventually("the processes count together again", () => shared(`after${attempt++}`));
  }, 20_000);
});
