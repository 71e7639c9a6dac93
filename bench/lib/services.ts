import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { freshPgDatabase } from "../../server/src/test/pgDatabase.ts";
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

/** Starts `redis-server` on a free port and resolves once it accepts connections. */
export async function startBenchRedis(): Promise<BenchRedis> {
  const port = await freePort();
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.once("exit", () => child.kill("SIGKILL"));
  await untilReady(child, "Ready to accept connections");
  const pid = child.pid ?? -1;
  let lastCpuMs = 0;
  return {
    url: `redis://127.0.0.1:${port}`,
    cpuMs: () => {
      lastCpuMs = Math.max(lastCpuMs, readCpuMs(pid));
      return lastCpuMs;
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function untilReady(child: ChildProcess, readyLine: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start:\n${output}`)),
      10_000,
    );
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}):\n${output}`));
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes(readyLine)) return;
      clearTimeout(timer);
      resolve();
    });
    child.stderr?.resume();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
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
