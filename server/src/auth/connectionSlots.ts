import { Redis } from "ioredis";
import type { Logger } from "../logger.ts";
import type { ConnectionKind } from "./liveConnection.ts";

/** Every account's connection count lives under this prefix in Redis. */
export const SLOT_KEY_PREFIX = "rembuk:connections:";

/** A slot a process does not renew (it died) is free again after this long. */
export const SLOT_LEASE_MS = 60_000;

/** A Redis that does not answer within this long does not hold up a connection. */
const COMMAND_TIMEOUT_MS = 500;

/** One open connection's place in its account's count across processes. */
export interface Slot {
  userId: string;
  kind: ConnectionKind;
  /** Unique per connection (and per process). */
  id: string;
}

/**
 * Counts an account's connections across every process, so that the cap holds for the whole
 * site rather than per process (see docs/scaling.md).
 */
export interface ConnectionSlots {
  /** How often the slots of open connections must be renewed (a third of their lease). */
  readonly renewMs: number;
  /** Takes a slot unless the account already holds `limit`; true when taken. Rejects when it cannot tell. */
  take(slot: Slot, limit: number): Promise<boolean>;
  /** Gives a slot back (the connection closed). */
  release(slot: Slot): void;
  /** Renews the slots of connections still open, so they outlive their lease. */
  renew(slots: Iterable<Slot>): void;
  close(): Promise<void>;
}

/**
 * Takes a slot atomically on Redis's clock: leases past their end are dropped (a process that
 * died keeps nobody out for longer than a lease), then the rest are counted.
 */
const TAKE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

/** Renews one slot (adding it again when Redis restarted empty). */
const RENEW = `
local t = redis.call('TIME')
local expires = t[1] * 1000 + math.floor(t[2] / 1000) + tonumber(ARGV[1])
redis.call('ZADD', KEYS[1], expires, ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1`;

type SlotRedis = Redis & {
  takeSlot(key: string, limit: number, leaseMs: number, member: string): Promise<number>;
  renewSlot(key: string, leaseMs: number, member: string): Promise<number>;
};

/**
 * Connection slots in Redis, on a connection of their own that fails at once instead of
 * queueing while Redis is unreachable: the caller then counts in its process alone.
 */
export async function connectSlots(
  url: string,
  log: Logger,
  { prefix = SLOT_KEY_PREFIX, leaseMs = SLOT_LEASE_MS } = {},
): Promise<ConnectionSlots> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    connectionName: "rembuk-connection-slots",
    lazyConnect: true,
  }) as SlotRedis;
  redis.defineCommand("takeSlot", { numberOfKeys: 1, lua: TAKE });
  redis.defineCommand("renewSlot", { numberOfKeys: 1, lua: RENEW });
  redis.on("error", (error: Error) => log.debug({ err: error }, "connection slots: redis error"));
  await redis.connect().catch((error: unknown) => {
    log.warn(
      { err: error },
      "Redis unreachable: connection caps count per process until it is back",
    );
  });
  const keyOf = (slot: Slot) => `${prefix}${slot.kind}:${slot.userId}`;
  return {
    renewMs: leaseMs / 3,
    async take(slot, limit) {
      return (await redis.takeSlot(keyOf(slot), limit, leaseMs, slot.id)) === 1;
    },
    release(slot) {
      redis.zrem(keyOf(slot), slot.id).catch(() => undefined);
    },
    renew(slots) {
      for (const slot of slots) {
        redis.renewSlot(keyOf(slot), leaseMs, slot.id).catch(() => undefined);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
