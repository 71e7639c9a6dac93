import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

const READY_MESSAGE = "Ready to accept connections";
const START_TIMEOUT_MS = 10_000;

const started = new Set<RedisServer>();
const children = new Set<ChildProcess>();

/**
 * A `redis-server` of the test's own on a free port, keeping nothing on disk — never the
 * machine's Redis, so a test may kill it and start it again (on the same port, so that the
 * processes using it find it there) without disturbing anyone else.
 */
export class RedisServer {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  /** Starts a Redis on a free port and resolves once it accepts connections. */
  static async start(): Promise<RedisServer> {
    const redis = new RedisServer(await freePort());
    started.add(redis);
    await redis.spawn();
    return redis;
  }

  /** `redis://127.0.0.1:port`, what REDIS_URL takes. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** Ends Redis at once (SIGKILL): every connection drops and every message in flight is lost. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    }
  }

  /** Starts Redis again on the same port (empty: it keeps nothing), killing it first if it runs. */
  async restart(): Promise<void> {
    await this.kill();
    await this.spawn();
  }

  private async spawn(): Promise<void> {
    const child = spawn(
      "redis-server",
      ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    this.child = child;
    children.add(child);
    child.once("exit", () => children.delete(child));
    let output = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
        output += chunk;
        if (output.includes(READY_MESSAGE)) resolve();
      });
      child.once("exit", (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
      setTimeout(
        () => reject(new Error(`redis-server did not start within ${START_TIMEOUT_MS} ms`)),
        START_TIMEOUT_MS,
      ).unref();
    });
    try {
      await ready;
    } catch (error) {
      await this.kill();
      throw error;
    }
  }
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Kills every Redis the current test started. */
export async function disposeRedisServers(): Promise<void> {
  await Promise.all([...started].map((redis) => redis.kill()));
  started.clear();
}

// A crashed or interrupted test worker must not leave a Redis behind.
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});
