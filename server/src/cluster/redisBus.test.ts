import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../../tests/utils/eventually.ts";
import { RedisServer } from "../../../tests/utils/redisServer.ts";
import { createLogger } from "../logger.ts";
import { RedisBus } from "./redisBus.ts";

const log = createLogger("silent");

describe("RedisBus", () => {
  // A Redis of this test's own, so that it can be killed and started again.
  let redis: RedisServer;
  const buses: RedisBus[] = [];
  const connected = async () => {
    const bus = new RedisBus(redis.url, log);
    buses.push(bus);
    await bus.connect();
    return bus;
  };

  beforeAll(async () => {
    redis = await RedisServer.start();
  }, 20_000);
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });
  afterAll(async () => {
    await redis.kill();
  });

  /** Keeps publishing until `check` passes: a subscription takes a moment to reach Redis. */
  const publishUntil = (description: string, send: () => void, check: () => boolean) =>
    eventually(description, () => {
      send();
      return check();
    });

  it("carries binary payloads to every other process, never back to the sender", async () => {
    const [a, b, c] = [await connected(), await connected(), await connected()];
    const heard = { a: [] as string[], b: [] as string[], c: [] as string[] };
    a.subscribe("doc:1", (payload) => heard.a.push(Buffer.from(payload).toString("hex")));
    b.subscribe("doc:1", (payload, from) => {
      expect(from).toBe(a.nodeId);
      heard.b.push(Buffer.from(payload).toString("hex"));
    });
    c.subscribe("doc:2", (payload) => heard.c.push(Buffer.from(payload).toString("hex")));
    const bytes = new Uint8Array([0, 255, 10, 13, 0, 128]);
    await publishUntil(
      "b hears a",
      () => a.publish("doc:1", bytes),
      () => heard.b.length > 0,
    );
    expect(heard.b[0]).toBe("00ff0a0d0080");
    expect(heard.a).toEqual([]);
    expect(heard.c).toEqual([]);
  });

  it("stops delivering once the last listener of a channel unsubscribed", async () => {
    const [a, b] = [await connected(), await connected()];
    let first = 0;
    let second = 0;
    const offFirst = b.subscribe("doc:3", () => first++);
    const offSecond = b.subscribe("doc:3", () => second++);
    await publishUntil(
      "b hears a",
      () => a.publish("doc:3", new Uint8Array([1])),
      () => first > 0,
    );
    offFirst();
    offSecond();
    const after = second;
    // A marker on another channel proves that what was published before it has arrived.
    let marker = 0;
    b.subscribe("marker", () => marker++);
    await publishUntil(
      "the marker arrives",
      () => {
        a.publish("doc:3", new Uint8Array([2]));
        a.publish("marker", new Uint8Array([0]));
      },
      () => marker > 0,
    );
    expect(second).toBe(after);
  });

  it("links up again after Redis restarted and says so, so that listeners can repair", async () => {
    const [a, b] = [await connected(), await connected()];
    let reconnects = 0;
    b.onReconnect(() => reconnects++);
    const heard: number[] = [];
    b.subscribe("doc:4", (payload) => heard.push(payload[0] ?? -1));
    await publishUntil(
      "b hears a",
      () => a.publish("doc:4", new Uint8Array([1])),
      () => heard.length > 0,
    );
    await redis.restart();
    await eventually("b relinked", () => reconnects > 0);
    await publishUntil(
      "b hears a again",
      () => a.publish("doc:4", new Uint8Array([2])),
      () => heard.includes(2),
    );
  }, 20_000);

  it("drops received messages at the configured rate (test aid)", async () => {
    const a = await connected();
    const lossy = new RedisBus(redis.url, log, { dropRate: 1, delayMs: 0 });
    buses.push(lossy);
    await lossy.connect();
    let heard = 0;
    lossy.subscribe("doc:5", () => heard++);
    let marker = 0;
    const clean = await connected();
    clean.subscribe("doc:5", () => marker++);
    await publishUntil(
      "the clean bus hears a",
      () => a.publish("doc:5", new Uint8Array([1])),
      () => marker > 3,
    );
    expect(heard).toBe(0);
  });
});
