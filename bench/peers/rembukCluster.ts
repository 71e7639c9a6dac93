import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ServerProcess } from "../lib/serverProcess.ts";
import {
  type BenchDatabase,
  type BenchRedis,
  type CpuSource,
  freshBenchDatabase,
  startBenchRedis,
} from "../lib/services.ts";
import {
  createBenchDocument,
  rembukEnv,
  signInAsBenchAdmin,
  startRembukProcess,
} from "./rembuk.ts";
import type { PeerClient } from "./types.ts";
import { connectWebsocketProvider } from "./yWebsocketClient.ts";

/**
 * Rembuk processes on one fresh PostgreSQL database and (several of them) one Redis of
 * their own; or one process on the embedded SQLite file.
 */
export interface RembukCluster {
  readonly size: number;
  /** CPU of every Rembuk process (a killed one keeps what it had used). */
  readonly servers: CpuSource;
  /** CPU of the database backends and Redis serving this cluster. */
  readonly services: CpuSource;
  /** Resident memory of the live processes, in bytes, summed. */
  rssBytes(): number;
  /** Creates an empty draft (through the first process). */
  newDocument(): Promise<string>;
  /**
   * Connects one client to process `home`, or, when that one is down, to the next
   * live one, as a proxy with fallback upstreams would route it.
   */
  connect(documentId: string, home: number): PeerClient;
  /** SIGKILLs process `index`: no flush, no goodbye to its sockets. */
  kill(index: number): Promise<void>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  processes: number;
  /** `postgres`: PostgreSQL (+ Redis for several); `sqlite`: the embedded default (one process only). */
  store: "postgres" | "sqlite";
  /** Data directories (each process gets its own; nothing shared lives there). */
  root: string;
  /** Collaboration sockets the one benchmark account may hold open. */
  maxSocketsPerAccount: number;
}

/**
 * Starts the cluster: the first process alone (it runs the migrations and creates the
 * administrator on the empty store), then the others together.
 */
export async function startRembukCluster(options: ClusterOptions): Promise<RembukCluster> {
  if (options.store === "sqlite" && options.processes > 1) {
    throw new Error("several processes need PostgreSQL and Redis");
  }
  const shared = options.store === "postgres";
  const database = shared ? await freshBenchDatabase() : undefined;
  let redis: BenchRedis | undefined;
  const processes: ServerProcess[] = [];
  try {
    // One process has nobody to tell: it runs as deployed alone, on PostgreSQL without Redis.
    redis = shared && options.processes > 1 ? await startBenchRedis() : undefined;
    const envOf = (index: number) => {
      const dataDir = path.join(options.root, `process-${index}`);
      mkdirSync(dataDir, { recursive: true });
      return rembukEnv(dataDir, {
        ...(database && { DATABASE_URL: database.url }),
        ...(redis && { REDIS_URL: redis.url }),
        MAX_SOCKETS_PER_ACCOUNT: String(options.maxSocketsPerAccount),
      });
    };
    processes.push(await startRembukProcess(envOf(0)));
    const rest = Array.from({ length: options.processes - 1 }, (_, i) =>
      startRembukProcess(envOf(i + 1)),
    );
    const settled = await Promise.allSettled(rest);
    for (const started of settled) {
      if (started.status === "fulfilled") processes.push(started.value);
    }
    for (const started of settled) if (started.status === "rejected") throw started.reason;
    return await clusterOf(processes, database, redis);
  } catch (error) {
    await Promise.all(processes.map((p) => p.stop()));
    await redis?.stop();
    await database?.drop();
    throw error;
  }
}

async function clusterOf(
  processes: ServerProcess[],
  database: BenchDatabase | undefined,
  redis: BenchRedis | undefined,
): Promise<RembukCluster> {
  const first = `127.0.0.1:${processes[0]?.port}`;
  const cookie = await signInAsBenchAdmin(first);
  const alive = processes.map(() => true);
  const lastCpuMs = processes.map(() => 0);
  const liveFrom = (home: number) => {
    for (let step = 0; step < processes.length; step++) {
      const index = (home + step) % processes.length;
      if (alive[index]) return processes[index];
    }
    throw new Error("every process of the cluster is down");
  };
  return {
    size: processes.length,
    servers: {
      cpuMs: () =>
        processes.reduce((total, p, i) => {
          if (alive[i]) lastCpuMs[i] = Math.max(lastCpuMs[i] ?? 0, p.cpuMs());
          return total + (lastCpuMs[i] ?? 0);
        }, 0),
    },
    services: { cpuMs: () => (database?.cpuMs() ?? 0) + (redis?.cpuMs() ?? 0) },
    rssBytes: () => processes.reduce((total, p, i) => total + (alive[i] ? p.rssBytes() : 0), 0),
    newDocument: () => createBenchDocument(first, cookie),
    connect: (documentId, home) =>
      connectWebsocketProvider(`ws://${first}/collab`, documentId, {
        cookie,
        reroute: (url) => url.replace(first, `127.0.0.1:${liveFrom(home)?.port}`),
      }),
    async kill(index) {
      const victim = processes[index];
      if (!victim || !alive[index]) return;
      lastCpuMs[index] = Math.max(lastCpuMs[index] ?? 0, victim.cpuMs());
      alive[index] = false;
      await victim.kill();
    },
    async stop() {
      await Promise.all(processes.map((p) => p.stop()));
      await redis?.stop();
      await database?.drop();
    },
  };
}
