import pg from "pg";
import { KeyLocks } from "./keyLocks.ts";

/** First key of `withLock`'s named locks (the second is a hash of the name). */
const NAMED_LOCKS = 1;

/**
 * `withLock` on PostgreSQL: session-level advisory locks, all on one connection this process
 * keeps for them alone (so held locks never take connections from the pool the work itself
 * needs). A session may take its own advisory lock twice, so callers within this process are
 * kept apart by in-process locks first. If the process dies or the connection drops,
 * PostgreSQL ends the session and releases its locks: a dead holder never blocks a job.
 */
export class PostgresNamedLocks {
  private readonly inProcess = new KeyLocks();
  private connection: Promise<pg.Client> | null = null;

  constructor(private readonly url: string) {}

  tryRun<T>(key: string, work: () => Promise<T>): Promise<T | undefined> {
    return this.inProcess.tryRun(key, async () => {
      const client = await this.connect();
      const { rows } = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked",
        [NAMED_LOCKS, key],
      );
      if (rows[0]?.locked !== true) return undefined;
      try {
        return await work();
      } finally {
        await client
          .query("SELECT pg_advisory_unlock($1, hashtext($2))", [NAMED_LOCKS, key])
          .catch(() => undefined);
      }
    });
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    const client = await connection?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<pg.Client> {
    if (!this.connection) {
      const client = new pg.Client({ connectionString: this.url });
      // A lost session has lost its locks too; the next caller opens a new one.
      client.on("error", () => {
        this.connection = null;
      });
      this.connection = client.connect().then(
        () => client,
        (error: unknown) => {
          this.connection = null;
          throw error;
        },
      );
    }
    return this.connection;
  }
}
