import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

/** A server under test, running in its own Node process. */
export interface ServerProcess {
  readonly pid: number;
  readonly port: number;
  /** JSON log lines the process printed so far (bounded), for scenario checks. */
  readonly logs: Record<string, unknown>[];
  /** CPU time (user + system) the process has used so far, in milliseconds. */
  cpuMs(): number;
  /** Resident memory of the process right now, in bytes (0 once it has exited). */
  rssBytes(): number;
  /** SIGTERM, then waits for a clean exit (SIGKILL after `timeoutMs`). Resolves with the exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
  /** SIGKILL, as a crash would end it: nothing flushed. Resolves once it has exited. */
  kill(): Promise<void>;
}

export interface StartOptions {
  /** Label used in error messages. */
  name: string;
  /** TypeScript entry run with `node --import tsx`. */
  script: string;
  env: Record<string, string>;
  /** The JSON log line (its `msg`) that carries `port` once the server listens. */
  readyMessage: string;
  timeoutMs?: number;
}

const MAX_KEPT_LOGS = 5000;

/** Servers this process started and that have not exited yet. */
const running = new Set<ChildProcess>();
// A harness that dies (watchdog, crash) must not leave its servers behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * Starts a server as a real process with `node --import tsx <script>` (what
 * `npx tsx` runs, minus the npm and tsx wrapper processes, so the pid we measure
 * is the server itself) and resolves once it printed its ready line with a port.
 */
export function startServerProcess(options: StartOptions): Promise<ServerProcess> {
  const { name, script, env, readyMessage, timeoutMs = 30_000 } = options;
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const logs: Record<string, unknown>[] = [];
  const stderrTail: string[] = [];
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => {
      running.delete(child);
      exitCode = code;
      resolve(code);
    });
  });

  createInterface({ input: child.stderr }).on("line", (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${name} did not start within ${timeoutMs} ms\n${stderrTail.join("\n")}`));
    }, timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before listening\n${stderrTail.join("\n")}`));
    });
    // Reading every line keeps the pipe drained, so logging never blocks the server.
    createInterface({ input: child.stdout }).on("line", (line) => {
      const entry = parseJsonLine(line);
      if (!entry) return;
      logs.push(entry);
      if (logs.length > MAX_KEPT_LOGS) logs.shift();
      if (entry.msg === readyMessage && typeof entry.port === "number") {
        clearTimeout(timer);
        resolve(wrap(child, entry.port, logs, exited, () => exitCode));
      }
    });
  });
}

function wrap(
  child: ChildProcess,
  port: number,
  logs: Record<string, unknown>[],
  exited: Promise<number | null>,
  exitCode: () => number | null | undefined,
): ServerProcess {
  const pid = child.pid ?? -1;
  return {
    pid,
    port,
    logs,
    cpuMs: () => readCpuMs(pid),
    rssBytes: () => readRssBytes(pid),
    async stop(timeoutMs = 30_000) {
      if (exitCode() !== undefined) return exitCode() ?? null;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
    async kill() {
      if (exitCode() !== undefined) return;
      child.kill("SIGKILL");
      await exited;
    },
  };
}

function parseJsonLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** utime + stime of a process from /proc (Linux only; 0 elsewhere). */
export function readCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** VmRSS of a process from /proc (Linux only; 0 elsewhere). */
function readRssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kB = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kB ? Number(kB) * 1024 : 0;
  } catch {
    return 0;
  }
}
