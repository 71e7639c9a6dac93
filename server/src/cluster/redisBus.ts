import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "../logger.ts";
import type { BusHandler, ClusterBus } from "./bus.ts";

/** Every bus channel lives under this prefix in Redis, apart from anything else kept there. */
export const BUS_CHANNEL_PREFIX = "rembuk:bus:";

/** How long a starting process waits for Redis before it starts anyway (and links up later). */
const CONNECT_WAIT_MS = 5000;

/** Test aids: messages dropped or delayed on receipt (both 0 in production). */
export interface BusFaults {
  /** Share of received messages dropped, 0 to 1. */
  dropRate: number;
  /** Each received message is held back a random time up to this many milliseconds (so also reordered). */
  delayMs: number;
}

/**
 * Reconnect with backoff: 100 ms, 200 ms, … up to 2 s, with jitter so that processes that lost
 * Redis together do not all knock at the same instant.
 */
function backoff(attempt: number): number {
  return Math.min(100 * 2 ** Math.min(attempt - 1, 5), 2000) * (0.75 + Math.random() / 2);
}

/**
 * The bus over Redis pub/sub: one connection to publish and one to subscribe per process,
 * whatever the number of channels. Each message carries its sender's node id, so that a process
 * never hears itself. Publishing is fire-and-forget: while Redis is unreachable messages are
 * dropped rather than queued (the listeners repair from the store, see `onReconnect`).
 */
export class RedisBus implements ClusterBus {
  readonly nodeId = randomUUID();
  readonly shared = true;
  private readonly handlers = new Map<string, Set<BusHandler>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly sender: Buffer;
  private closed = false;
  private linked = false;

  constructor(
    url: string,
    private readonly log: Logger,
    private readonly faults: BusFaults = { dropRate: 0, delayMs: 0 },
  ) {
    const common = { retryStrategy: backoff, maxRetriesPerRequest: null, lazyConnect: true };
    this.publisher = new Redis(url, {
      ...common,
      enableOfflineQueue: false,
      connectionName: "rembuk-bus-pub",
    });
    // Subscriptions are renewed by `relink` after every reconnect, so that `onReconnect` fires
    // only once they are in place (ioredis's own resubscribe runs after its "ready" event).
    this.subscriber = new Redis(url, {
      ...common,
      autoResubscribe: false,
      connectionName: "rembuk-bus-sub",
    });
    const tag = Buffer.from(this.nodeId, "latin1");
    this.sender = Buffer.concat([Buffer.from([tag.length]), tag]);
    this.subscriber.on("messageBuffer", (channel: Buffer, message: Buffer) =>
      this.receive(channel.toString("latin1"), message),
    );
    this.subscriber.on("ready", () => void this.relink());
    this.subscriber.on("close", () => this.unlinked());
    for (const connection of [this.publisher, this.subscriber]) {
      // ioredis reports each failed attempt; the state changes are logged by relink/unlinked.
      connection.on("error", (error: Error) => log.debug({ err: error }, "redis bus error"));
    }
  }

  /** Connects both links, waiting a little for Redis; when it is not there the process starts anyway. */
  async connect(): Promise<void> {
    const linked = new Promise<void>((resolve) => this.subscriber.once("ready", () => resolve()));
    this.publisher.connect().catch(() => undefined);
    this.subscriber.connect().catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), CONNECT_WAIT_MS);
    });
    const ok = await Promise.race([linked.then(() => true), waited]);
    clearTimeout(timer);
    if (!ok) this.log.warn("Redis is not reachable yet; the bus links up when it is");
  }

  publish(channel: string, payload: Uint8Array): void {
    if (this.closed || this.publisher.status !== "ready") return;
    const message = Buffer.concat([this.sender, payload]);
    this.publisher.publish(BUS_CHANNEL_PREFIX + channel, message).catch(() => undefined);
  }

  subscribe(channel: string, handler: BusHandler): () => void {
    const key = BUS_CHANNEL_PREFIX + channel;
    let set = this.handlers.get(key);
    if (!set) {
      set = new Set();
      this.handlers.set(key, set);
      if (this.subscriber.status === "ready") this.subscriber.subscribe(key).catch(() => undefined);
    }
    const listeners = set;
    listeners.add(handler);
    return () => {
      if (!listeners.delete(handler) || listeners.size > 0) return;
      if (this.handlers.get(key) !== listeners) return;
      this.handlers.delete(key);
      if (this.subscriber.status === "ready")
        this.subscriber.unsubscribe(key).catch(() => undefined);
    };
  }

  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.handlers.clear();
    this.reconnectHandlers.clear();
    await Promise.all(
      [this.publisher, this.subscriber].map((c) => c.quit().catch(() => c.disconnect())),
    );
  }

  /**
   * The subscriber link is up (first time or again): subscribes to every channel someone listens
   * on, then tells the listeners that messages may have been lost meanwhile.
   */
  private async relink(): Promise<void> {
    const channels = [...this.handlers.keys()];
    try {
      if (channels.length > 0) await this.subscriber.subscribe(...channels);
    } catch (error) {
      // The link broke again; the next "ready" tries again.
      this.log.debug({ err: error }, "redis bus resubscribe failed");
      return;
    }
    if (this.closed) return;
    this.log.info({ nodeId: this.nodeId, channels: channels.length }, "redis bus linked");
    this.linked = true;
    for (const handler of this.reconnectHandlers) {
      try {
        handler();
      } catch (error) {
        this.log.error({ err: error }, "bus reconnect listener failed");
      }
    }
  }

  private unlinked(): void {
    if (!this.linked || this.closed) return;
    this.linked = false;
    this.log.warn("redis bus link lost; reconnecting");
  }

  private receive(channel: string, message: Buffer): void {
    const length = message[0];
    if (length === undefined || message.length < 1 + length) return;
    const fromNode = message.toString("latin1", 1, 1 + length);
    if (fromNode === this.nodeId) return;
    const payload = new Uint8Array(
      message.buffer,
      message.byteOffset + 1 + length,
      message.length - 1 - length,
    );
    const { dropRate, delayMs } = this.faults;
    if (dropRate > 0 && Math.random() < dropRate) return;
    if (delayMs > 0) {
      setTimeout(() => this.deliver(channel, payload, fromNode), Math.random() * delayMs).unref();
    } else this.deliver(channel, payload, fromNode);
  }

  private deliver(channel: string, payload: Uint8Array, fromNode: string): void {
    const listeners = this.handlers.get(channel);
    if (!listeners || this.closed) return;
    for (const handler of listeners) {
      try {
        handler(payload, fromNode);
      } catch (error) {
        this.log.error({ err: error, channel }, "bus listener failed");
      }
    }
  }
}
