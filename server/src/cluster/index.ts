import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { type ClusterBus, LocalBus } from "./bus.ts";

export type { BusHandler, ClusterBus } from "./bus.ts";

/** The bus this process uses: Redis when `REDIS_URL` is set, otherwise none (alone). */
export async function connectBus(config: Config, log: Logger): Promise<ClusterBus> {
  if (!config.redisUrl) return new LocalBus();
  log.info("REDIS_URL is set");
  throw new Error("the Redis bus is not built yet");
}
