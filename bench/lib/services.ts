import { readdirSync, readFileSync } from "node:fs";
import { freshPgDatabase } from "../../server/src/test/pgDatabase.ts";
import { RedisServer } from "../../tests/utils/redisServer.ts";
import { readCpuMs } from "./serverProcess.ts";

/** Something whose CPU time (ms, only ever growing) the meters can read. */
export interface CpuSource {
  cpuMs(): number;
}

/** A throw-away PostgreSQL database for one measured cluster. */
export interface BenchDatabase extends CpuSource {
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database (the tests' helper). Its CPU is that of the backends serving it:
 * PostgreSQL names each backend's database in its process title, so other databases'
 * work on a shared machine is not counted as the servers' cost.
 */
export async function freshBenchDatabase(): Promise<BenchDatabase> {
  const database = await freshPgDatabase();
  const name = new URL(database.url).pathname.slice(1);
  const backends = processCpu(
    (cmdline) => cmdline.startsWith("postgres: ") && cmdline.includes(` ${name} `),
  );
  return { url: database.url, drop: database.drop, cpuMs: () => backends.cpuMs() };
}

/** A Redis server of the benchmark's own: nothing else publishes on it, nothing is kept. */
export interface BenchRedis extends CpuSource {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts a `redis-server` on a free port (the tests' helper) and reads its CPU by its port. */
export async function startBenchRedis(): Promise<BenchRedis> {
  const redis = await RedisServer.start();
  const server = processCpu(
    (cmdline) => cmdline.startsWith("redis-server") && cmdline.includes(`:${redis.port}`),
  );
  return { url: redis.url, cpuMs: () => server.cpuMs(), stop: () => redis.kill() };
}

/**
 * CPU of every process whose command line matches, summed over every such process
 * seen so far (a process that exits keeps the time it was last seen with), so the
 * total only grows and differences between two readings are meaningful.
 */
export function processCpu(matches: (cmdline: string) => boolean): CpuSource {
  const seen = new Map<number, number>();
  return {
    cpuMs() {
      for (const name of readdirSync("/proc")) {
        if (!/^\d+$/.test(name)) continue;
        const pid = Number(name);
        if (!seen.has(pid) && !matches(readCmdline(pid))) continue;
        seen.set(pid, Math.max(seen.get(pid) ?? 0, readCpuMs(pid)));
      }
      let total = 0;
      for (const ms of seen.values()) total += ms;
      return total;
    },
  };
}

function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** The sum of several sources, as one. */
export function sumOf(sources: readonly CpuSource[]): CpuSource {
  return { cpuMs: () => sources.reduce((total, source) => total + source.cpuMs(), 0) };
}
