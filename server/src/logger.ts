import { type Logger, pino } from "pino";

export type { Logger };

/** Creates the structured (JSON) logger every part of the server writes to. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "rembuk" } });
}
