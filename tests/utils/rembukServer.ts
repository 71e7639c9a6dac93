import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { eventually } from "./eventually.ts";
import { rememberSession, sessionCookieFor, signInAs, TEST_ADMIN } from "./testSessions.ts";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER_ENTRY = "server/src/index.ts";
const READY_MESSAGE = "Rembuk is listening";
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 15_000;

/** Server settings a test may change (see `server/src/config.ts`). */
export interface ServerSettings {
  MAX_MESSAGE_BYTES?: number;
  MAX_PENDING_MESSAGES?: number;
  MAX_PENDING_BYTES?: number;
  MAX_OUTBOUND_BYTES?: number;
  COMPACTION_THRESHOLD?: number;
  UNLOAD_GRACE_MS?: number;
  LOAD_DELAY_MS?: number;
  MAX_SOCKETS_PER_ACCOUNT?: number;
  MAX_STREAMS_PER_ACCOUNT?: number;
  /** Scale-out: the shared PostgreSQL store and the Redis linking the processes. */
  DATABASE_URL?: string;
  REDIS_URL?: string;
  /** Scale-out test aids: messages between processes dropped (share) and delayed (ms). */
  BUS_DROP_RATE?: number;
  BUS_DELAY_MS?: number;
  /** Behind a proxy (nginx): whose X-Forwarded-For to believe, and failed sign-ins per address. */
  TRUST_PROXY?: string;
  LOGIN_FAILURES_PER_ADDRESS?: number;
  /** `info` unless a test needs the debug lines (e.g. "collaboration socket closed"). */
  LOG_LEVEL?: "info" | "debug";
}

/** One pino log line the server printed. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** How the server process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const servers = new Set<RembukServer>();
const processes = new Set<ChildProcess>();
const dataDirs = new Set<string>();

/**
 * A real Rembuk server process on a temporary data directory. It listens on a
 * free port first; `restart()` reuses that port so that stock clients, which
 * keep their URL, find it again.
 */
export class RembukServer {
  /** Log lines of the current (or last) run, oldest first. */
  logs: LogLine[] = [];
  port = 0;
  private child: ChildProcess | undefined;
  private exited: Promise<ProcessExit> | undefined;
  private stderr = "";

  private constructor(
    readonly dataDir: string,
    private settings: ServerSettings,
  ) {}

  /** Starts a server on a fresh temporary data directory and waits until it answers. */
  static async start(settings: ServerSettings = {}): Promise<RembukServer> {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "rembuk-it-"));
    dataDirs.add(dataDir);
    const server = new RembukServer(dataDir, settings);
    servers.add(server);
    await server.spawn();
    return server;
  }

  /** `http://127.0.0.1:port`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What a `WebsocketProvider` takes as its server URL: `ws://127.0.0.1:port/collab`. */
  get collabUrl(): string {
    return `ws://127.0.0.1:${this.port}/collab`;
  }

  /** The SQLite file the server stores documents in. */
  get databaseFile(): string {
    return path.join(this.dataDir, "rembuk.sqlite");
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** The server process's resident memory in bytes (Linux `/proc`), for flood tests. */
  async residentBytes(): Promise<number> {
    const pid = this.child?.pid;
    if (!pid) throw new Error("the server is not running");
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) * 1024;
  }

  /** The test administrator's session on this server (it owns the documents it creates). */
  get sessionCookie(): string {
    const cookie = sessionCookieFor(this.url);
    if (!cookie) throw new Error("not signed in");
    return cookie;
  }

  /** Creates a document through the REST API as the test administrator and returns its id. */
  async createDocument(title = "Rancangan Peraturan Daerah"): Promise<string> {
    const response = await fetch(`${this.url}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: this.sessionCookie },
      body: JSON.stringify({ title }),
    });
    if (response.status !== 201) {
      throw new Error(`creating a document answered ${response.status}: ${await response.text()}`);
    }
    return ((await response.json()) as { id: string }).id;
  }

  /** Sends SIGTERM (the server flushes and exits) and returns how the process ended. */
  stop(): Promise<ProcessExit> {
    return this.end("SIGTERM");
  }

  /** Sends SIGKILL: a crash, nothing gets flushed. */
  kill(): Promise<ProcessExit> {
    return this.end("SIGKILL");
  }

  /**
   * Starts the server again on the same data directory and port, stopping it
   * first (SIGTERM) if it still runs. `settings` replace individual settings.
   */
  async restart(settings: ServerSettings = {}): Promise<void> {
    if (this.running) await this.stop();
    this.settings = { ...this.settings, ...settings };
    await this.spawn(this.port);
  }

  /** Waits until the server logs a line with this message (and matching `where`). */
  waitForLog(msg: string, where: (line: LogLine) => boolean = () => true, timeoutMs = 10_000) {
    return eventually(
      `the server logs "${msg}"`,
      () => this.logs.find((line) => line.msg === msg && where(line)) ?? false,
      { timeoutMs },
    );
  }

  private async spawn(port = 0): Promise<void> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.tmpdir(),
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: this.dataDir,
      LOG_LEVEL: "info",
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
    };
    for (const [name, value] of Object.entries(this.settings)) {
      if (value !== undefined) env[name] = String(value);
    }
    this.logs = [];
    const child = spawn(process.execPath, ["--import", "tsx", SERVER_ENTRY], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    processes.add(child);
    // "close" rather than "exit": by then every line the process printed has been read.
    this.exited = once(child, "close").then(([code, signal]) => {
      if (this.child === child) this.child = undefined;
      processes.delete(child);
      return { code, signal } as ProcessExit;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr += chunk;
    });
    const ready = new Promise<number>((resolve) => {
      readline
        .createInterface({ input: child.stdout as NodeJS.ReadableStream })
        .on("line", (text) => {
          const line = parseLogLine(text);
          if (!line) return;
          this.logs.push(line);
          if (line.msg === READY_MESSAGE) resolve(Number(line.port));
        });
    });
    const outcome = await Promise.race([
      ready,
      this.exited.then((exit) => exit),
      new Promise<"timeout">((resolve) => setTimeout(resolve, START_TIMEOUT_MS, "timeout").unref()),
    ]);
    if (typeof outcome !== "number") {
      child.kill("SIGKILL");
      throw new Error(`Rembuk did not start (${JSON.stringify(outcome)}):\n${this.stderr}`);
    }
    this.port = outcome;
    // Sessions are stored, so one sign-in per server lasts across restarts.
    if (!sessionCookieFor(this.url)) {
      rememberSession(
        new URL(this.url).host,
        await signInAs(this.url, TEST_ADMIN.email, TEST_ADMIN.password),
      );
    }
  }

  private async end(signal: NodeJS.Signals): Promise<ProcessExit> {
    const { child, exited } = this;
    if (!child || !exited) throw new Error("the server is not running");
    child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills the process if it still runs; used by teardown. */
  async dispose(): Promise<void> {
    if (this.running) await this.kill();
  }
}

function parseLogLine(text: string): LogLine | undefined {
  try {
    const line = JSON.parse(text) as LogLine;
    return typeof line.msg === "string" ? line : undefined;
  } catch {
    return undefined;
  }
}

/** Kills every server the current test started and deletes their data directories. */
export async function disposeServers(): Promise<void> {
  await Promise.all([...servers].map((server) => server.dispose()));
  servers.clear();
  await Promise.all(
    [...dataDirs].map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })),
  );
  dataDirs.clear();
}

// A crashed or interrupted test worker must not leave servers behind.
process.on("exit", () => {
  for (const child of processes) child.kill("SIGKILL");
});
