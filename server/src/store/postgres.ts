import pg from "pg";
import type { SqlDatabase, SqlValue, TransactionOptions } from "./database.ts";
import { PostgresNamedLocks } from "./postgresLocks.ts";
import { numberPlaceholders } from "./postgresSql.ts";
import { TransactionHandle } from "./transactionHandle.ts";

/**
 * Advisory-lock key every command transaction takes first (single 64-bit key space; the
 * named locks of `withLock` and the per-document log locks use the two-key space, which does
 * not overlap). Holding it until commit makes command transactions run one at a time across
 * every process, as they did on SQLite — and commit in the order their rows got their ids.
 */
const COMMAND_LOCK = 7_311_001;

/**
 * Opens a pool of `poolSize` connections to PostgreSQL. Whole numbers (COUNT, ids, SUM) come
 * back as JavaScript numbers, as they do from SQLite; bytea comes back as a Buffer.
 */
export async function openPostgres(url: string, poolSize: number): Promise<SqlDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: { getTypeParser: numbersAsNumbers },
  });
  // An idle connection that dies (server restart) must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  const client = await pool.connect();
  client.release();
  return new PostgresDatabase(pool, new PostgresNamedLocks(url));
}

const INT8 = 20;
const NUMERIC = 1700;

function numbersAsNumbers(oid: number, format?: "text" | "binary") {
  if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
  return pg.types.getTypeParser(oid, format);
}

type Queryable = pg.Pool | pg.PoolClient;

class PostgresDatabase implements SqlDatabase {
  readonly dialect = "postgres";
  constructor(
    private readonly pool: pg.Pool,
    private readonly locks: PostgresNamedLocks,
  ) {}

  /** A write outside a transaction is a command transaction of one statement (see COMMAND_LOCK). */
  run(sql: string, params: SqlValue[] = []) {
    return this.transaction((tx) => tx.run(sql, params));
  }

  get<T>(sql: string, params: SqlValue[] = []) {
    return queryRows<T>(this.pool, sql, params).then((rows) => rows[0]);
  }

  all<T>(sql: string, params: SqlValue[] = []) {
    return queryRows<T>(this.pool, sql, params);
  }

  async exec(sql: string) {
    await this.transaction((tx) => tx.exec(sql));
  }

  async transaction<T>(
    work: (tx: SqlDatabase) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const client = await this.pool.connect();
    const tx = new TransactionHandle(
      "postgres",
      {
        run: async (sql, params) => {
          const result = await client.query(numberPlaceholders(sql), params.map(toParameter));
          return { changes: result.rowCount ?? 0 };
        },
        all: (sql, params) => queryRows(client, sql, params),
        exec: async (sql) => {
          await client.query(sql);
        },
      },
      this,
    );
    try {
      await client.query("BEGIN");
      if (options.serialised !== false) {
        await client.query("SELECT pg_advisory_xact_lock($1)", [COMMAND_LOCK]);
      }
      const result = await work(tx);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      tx.end();
      client.release();
    }
  }

  withLock<T>(key: string, work: () => Promise<T>): Promise<T | undefined> {
    return this.locks.tryRun(key, work);
  }

  async close() {
    await this.locks.close();
    await this.pool.end();
  }
}

async function queryRows<T>(db: Queryable, sql: string, params: SqlValue[]): Promise<T[]> {
  const result = await db.query(numberPlaceholders(sql), params.map(toParameter));
  return result.rows as T[];
}

/** Bytes go over as a Buffer (bytea); bigints as their decimal text. */
function toParameter(value: SqlValue): unknown {
  if (value instanceof Uint8Array && !Buffer.isBuffer(value)) return Buffer.from(value);
  if (typeof value === "bigint") return value.toString();
  return value;
}
