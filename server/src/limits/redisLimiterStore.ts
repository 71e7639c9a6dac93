import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import type { Logger } from "../logger.ts";
import {
  fromRateLimiter,
  type LimiterStore,
  limiterOptions,
  memoryLimiter,
  memoryLimiterStore,
} from "./limiterStore.ts";

/** Where the counters of every server process live in Redis. */
export const LIMIT_KEY_PREFIX = "rembuk:limit";

/**
 * A Redis answer slower than this counts as Redis being down: a sign-in or a comment must not
 * hang on the limiter.
 */
const COMMAND_TIMEOUT_MS = 1000;

/** How long a starting process waits for Redis before it starts counting alone. */
const CONNECT_WAIT_MS = 5000;

/**
 * Counters shared by every server process (rate-limiter-flexible's RateLimiterRedis: one Lua
 * script per spending, so concurrent requests on different processes never all see "not yet
 * spent").
 *
 * Redis down — the decision: each process falls back to counting alone in its memory (the
 * `insuranceLimiter`), neither failing open (no limit at all: unlimited password guesses
 * while Redis is down) nor closed (nobody can sign in or post: a Redis outage would stop
 * the consultation). With N processes a key may then spend up to N times its allowance,
 * and what Redis had counted is forgotten when it restarts empty; still a bounded limit.
 */
export function redisLimiterStore(client: Redis, prefix = LIMIT_KEY_PREFIX): LimiterStore {
  return (rule) =>
    fromRateLimiter(
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${prefix}:${rule.name}`,
        ...limiterOptions(rule),
        // Not connected: count in memory at once instead of queueing until Redis is back.
        rejectIfRedisNotReady: true,
        insuranceLimiter: memoryLimiter(rule),
      }),
    );
}

/** Where this process's limits count, and how to let go of it at shutdown. */
export interface RedisLimits {
  store: LimiterStore;
  close(): Promise<void>;
}

/**
 * The limits of this process: shared with every other process through Redis when `redisUrl`
 * is set (scale-out), otherwise in this process's memory.
 */
export function connectLimits(redisUrl: string | undefined, log: Logger): Promise<RedisLimits> {
  if (redisUrl) return connectRedisLimits(redisUrl, log);
  return Promise.resolve({ store: memoryLimiterStore, close: async () => {} });
}

/**
 * Connects the limits to Redis at `url` with their own connection: commands fail at once
 * instead of queueing while Redis is unreachable (the store then counts per process, see
 * {@link redisLimiterStore}), and the switch both ways is logged once. Waits a little for
 * the first connection, then starts anyway: Redis is retried in the background.
 */
export async function connectRedisLimits(
  url: string,
  log: Logger,
  prefix = LIMIT_KEY_PREFIX,
): Promise<RedisLimits> {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    connectionName: "rembuk-limits",
  });
  let shared = false;
  let closing = false;
  client.on("ready", () => {
    if (!shared) log.info("limits count across processes (Redis)");
    shared = true;
  });
  const lost = (error?: Error) => {
    if (shared && !closing) {
      log.warn({ err: error }, "Redis unreachable: limits count per process until it is back");
    }
    shared = false;
  };
  client.on("error", lost);
  client.on("close", () => lost());
  await firstConnection(client).catch((error: unknown) => {
    log.warn(
      { err: error },
      "Redis unreachable at start: limits count per process until it is back",
    );
  });
  return {
    store: redisLimiterStore(client, prefix),
    async close() {
      closing = true;
      client.disconnect();
    },
  };
}

function firstConnection(client: Redis): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no answer")), CONNECT_WAIT_MS);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
