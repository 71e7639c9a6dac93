import net from "node:net";
import pg from "pg";
import {
  type FreshPgDatabase,
  freshPgDatabase,
  PG_TEST_URL,
} from "../../server/src/test/pgDatabase.ts";
import { type CollabClient, joinDocument } from "./collabClient.ts";
import { RedisServer } from "./redisServer.ts";
import { type LogLine, RembukServer, type ServerSettings } from "./rembukServer.ts";
import { tearDown } from "./teardown.ts";
import type { UpdateRow } from "./updateLog.ts";

const clusters = new Set<RembukCluster>();
const frontDoors = new Set<FrontDoor>();

export interface ClusterOptions {
  /** Processes to start (default 3). */
  processes?: number;
  /** Settings every process gets (DATABASE_URL and REDIS_URL are the cluster's). */
  settings?: ServerSettings;
}

/**
 * Several real Rembuk processes (`tsx server/src/index.ts`) serving one store: a fresh
 * PostgreSQL database of their own (DATABASE_URL) and a Redis the test spawned itself
 * (REDIS_URL), so that the test may kill and restart either. Each process listens on its
 * own port; `servers[i]` is a {@link RembukServer}, killed, restarted and read as one.
 */
export class RembukCluster {
  readonly servers: RembukServer[] = [];

  private constructor(
    readonly database: FreshPgDatabase,
    readonly redis: RedisServer,
    private readonly settings: ServerSettings,
  ) {}

  /**
   * Starts the cluster's processes all at the same moment on the empty database, as an
   * orchestrator rolls them out: they race to migrate it and to create the test administrator.
   */
  static async start(options: ClusterOptions = {}): Promise<RembukCluster> {
    const redis = await RedisServer.start();
    const database = await freshPgDatabase().catch(async (error: unknown) => {
      await redis.kill();
      throw error;
    });
    const cluster = new RembukCluster(database, redis, {
      ...options.settings,
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
    });
    clusters.add(cluster);
    await cluster.add(options.processes ?? 3);
    return cluster;
  }

  /** Starts `count` more processes at once on the same database and Redis. */
  async add(count: number): Promise<RembukServer[]> {
    const started = await Promise.all(
      Array.from({ length: count }, () => RembukServer.start(this.settings)),
    );
    this.servers.push(...started);
    return started;
  }

  /** Process `i` (0-based), which must have been started. */
  at(i: number): RembukServer {
    const server = this.servers[i];
    if (!server) throw new Error(`the cluster has no process ${i}`);
    return server;
  }

  /**
   * Opens `count` editors on a document, "Penyusun 1" on the first process, "Penyusun 2" on the
   * second and so on round the processes, each synced before the next one joins.
   */
  async typistsSpread(documentId: string, count: number): Promise<CollabClient[]> {
    const typists: CollabClient[] = [];
    for (let i = 0; i < count; i++) {
      const server = this.at(i % this.servers.length);
      typists.push(await joinDocument(server.collabUrl, documentId, { name: `Penyusun ${i + 1}` }));
    }
    return typists;
  }

  /** Every line any process logged (this run of each) with this message. */
  logged(msg: string): LogLine[] {
    return this.servers.flatMap((server) => server.logs.filter((line) => line.msg === msg));
  }

  /**
   * PostgreSQL gone, as far as these processes can tell: their database refuses new
   * connections and every open one is ended. Nothing else on the server is touched.
   */
  async cutDatabase(): Promise<void> {
    const name = this.databaseName;
    await query(PG_TEST_URL, `ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await query(
      PG_TEST_URL,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
      [name],
    );
  }

  /** PostgreSQL back after {@link cutDatabase}. */
  async restoreDatabase(): Promise<void> {
    await query(PG_TEST_URL, `ALTER DATABASE ${this.databaseName} ALLOW_CONNECTIONS true`);
  }

  /** Every stored update row of a document, oldest first, read straight from PostgreSQL. */
  async storedUpdates(documentId: string): Promise<UpdateRow[]> {
    const rows = await query<{ id: string; data: Buffer }>(
      this.database.url,
      "SELECT id, data FROM document_updates WHERE document_id = $1 ORDER BY id",
      [documentId],
    );
    return rows.map((row) => ({ id: Number(row.id), data: new Uint8Array(row.data) }));
  }

  private get databaseName(): string {
    return new URL(this.database.url).pathname.slice(1);
  }

  /** Drops the database; the processes must be gone (the teardown kills them first). */
  async dispose(): Promise<void> {
    await Promise.all([this.database.drop(), this.redis.kill()]);
  }
}

/** Runs one statement on its own connection to `url` and returns the rows. */
async function query<Row>(url: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

/**
 * What a proxy in front of the processes does when one of them is gone (nginx's
 * `proxy_next_upstream`): every new connection goes to the first process, in this door's
 * order, that accepts it. A client keeps its URL; when its process dies its socket drops,
 * and its reconnect lands on the next process alive.
 */
export class FrontDoor {
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly listener: net.Server,
    private readonly order: RembukServer[],
  ) {
    listener.on("connection", (client) => {
      client.on("error", () => client.destroy());
      this.relay(client, 0);
    });
  }

  /** A door that prefers `servers[first]`, then the ones after it (wrapping around). */
  static async open(servers: RembukServer[], first = 0): Promise<FrontDoor> {
    const order = servers.map((_, i) => servers[(first + i) % servers.length] as RembukServer);
    const listener = net.createServer({ pauseOnConnect: true });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const door = new FrontDoor(listener, order);
    frontDoors.add(door);
    return door;
  }

  /** The collaboration URL clients use through this door. */
  get collabUrl(): string {
    return `ws://127.0.0.1:${(this.listener.address() as net.AddressInfo).port}/collab`;
  }

  async close(): Promise<void> {
    frontDoors.delete(this);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }

  private relay(client: net.Socket, attempt: number): void {
    const server = this.order[attempt];
    if (!server) {
      client.destroy();
      return;
    }
    const upstream = net.connect(server.port, "127.0.0.1");
    let connected = false;
    upstream.once("connect", () => {
      connected = true;
      if (client.destroyed) {
        upstream.destroy();
        return;
      }
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    upstream.on("error", () => {
      // Refused: that process is down, try the next; after connecting, "close" ends both.
      if (!connected) this.relay(client, attempt + 1);
    });
  }
}

/**
 * Ends everything the current test started — clients, front doors, every process — then drops
 * the clusters' databases and kills their Redis. Register it with `afterEach`.
 */
export async function tearDownCluster(): Promise<void> {
  await Promise.all([...frontDoors].map((door) => door.close()));
  await tearDown();
  await Promise.all([...clusters].map((cluster) => cluster.dispose()));
  clusters.clear();
}
