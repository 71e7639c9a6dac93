import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { type ClusterBus, LocalBus } from "./bus.ts";
import { RedisBus } from "./redisBus.ts";

export type { BusHandler, ClusterBus } from "./bus.ts";

/** The bus this process uses: Redis when `REDIS_URL` is set, otherwise none (alone). */
export async function connectBus(config: Config, log: Logger): Promise<ClusterBus> {
  if (!config.redisUrl) return new LocalBus();
  const bus = new RedisBus(config.redisUrl, log.child({ component: "bus" }), config.busFaults);
  await bus.connect();
  return bus;
}
