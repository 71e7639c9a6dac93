import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../../tests/utils/eventually.ts";
import { RedisServer } from "../../../tests/utils/redisServer.ts";
import { silentLogger } from "../test/factories.ts";
import { ConnectionCaps } from "./connectionCaps.ts";
import { type ConnectionSlots, connectSlots } from "./connectionSlots.ts";

/** Two sockets per account, counted over every process. */
const LIMITS = { socket: 2, stream: 1 };

describe("connection caps across processes", () => {
  let redis: RedisServer;
  const opened: { caps: ConnectionCaps; slots: ConnectionSlots }[] = [];
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterEach(async () => {
    for (const { caps, slots } of opened.splice(0)) {
      caps.close();
      await slots.close();
    }
  });
  afterAll(() => redis?.kill());

  /** One process's caps over the shared slots (leases of `leaseMs`). */
  async function processCaps(leaseMs?: number) {
    const slots = await connectSlots(redis.url, silentLogger, { leaseMs });
    const caps = new ConnectionCaps(LIMITS, slots);
    opened.push({ caps, slots });
    return caps;
  }

  it("holds an account to its cap over both processes, and frees a place when one closes", async () => {
    const [sari, budi] = [randomUUID(), randomUUID()];
    const [one, two] = [await processCaps(), await processCaps()];
    const laptop = await one.reserve(sari, "socket");
    expect(laptop).toBeDefined();
    expect(await two.reserve(sari, "socket")).toBeDefined();
    expect(await one.reserve(sari, "socket")).toBeUndefined();
    expect(await two.reserve(sari, "socket")).toBeUndefined();
    // Someone else, and another kind of connection, count apart.
    expect(await two.reserve(budi, "socket")).toBeDefined();
    expect(await two.reserve(sari, "stream")).toBeDefined();
    laptop?.();
    await eventually("the place is free on the other process", async () => {
      const again = await two.reserve(sari, "socket");
      return again !== undefined;
    });
  });

  it("frees the places of a process that died, once their lease ran out", async () => {
    const sari = randomUUID();
    const dying = await processCaps(300);
    await dying.reserve(sari, "socket");
    await dying.reserve(sari, "socket");
    // It stops renewing without giving its places back, as a SIGKILLed process would.
    dying.close();
    const survivor = await processCaps(300);
    expect(await survivor.reserve(sari, "socket")).toBeUndefined();
    await eventually("the dead process's places lapse", async () => {
      return (await survivor.reserve(sari, "socket")) !== undefined;
    });
  });

  it("keeps counting in each process while Redis is away", async () => {
    const sari = randomUUID();
    const caps = await processCaps();
    await redis.kill();
    try {
      expect(await caps.reserve(sari, "socket")).toBeDefined();
      expect(await caps.reserve(sari, "socket")).toBeDefined();
      expect(await caps.reserve(sari, "socket")).toBeUndefined();
    } finally {
      await redis.restart();
    }
  });
});
