import path from "node:path";
import sqlite3 from "sqlite3";
import { KeyLocks } from "./keyLocks.ts";
import type { Dialect } from "./refusalTriggers.ts";
import { TransactionHandle } from "./transactionHandle.ts";

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;

/** How a transaction runs alongside others. */
export interface TransactionOptions {
  /**
   * False only for writes that cannot conflict with anything (plain inserts into the update
   * log, its compaction under a lock of its own): they do not wait behind command transactions.
   * By default (true) a transaction runs alone among serialised ones, across processes too.
   */
  serialised?: boolean;
}

/**
 * The part of the database every store module uses; one implementation per engine (SQLite here,
 * PostgreSQL in postgres.ts). Statements are written in the portable subset of both dialects
 * with `?` placeholders.
 */
export interface SqlDatabase {
  /** Which SQL the database speaks, for the few statements (schema, triggers) that differ. */
  readonly dialect: Dialect;
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` inside a transaction, rolling back if it throws. Serialised transactions run
   * one at a time (SQLite: alone on the connection, BEGIN IMMEDIATE; PostgreSQL: under one
   * advisory lock held until commit), so commands keep SQLite's one-writer semantics.
   */
  transaction<T>(work: (tx: SqlDatabase) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs `work` unless another holder (another process, on a shared database) has `key` right
   * now, in which case it returns undefined at once without waiting: scheduled work that must
   * happen once across processes takes a lock per job. A holder that dies releases its locks.
   */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T | undefined>;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) a SQLite database in WAL mode with full fsync on
 * commit, so that a committed update survives a crash of the process or the machine.
 */
export async function openSqlite(file: string): Promise<SqlDatabase> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const handle = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(handle)));
  });
  const sqlite = new SqliteDatabase(db, path.resolve(file));
  await sqlite.exec(
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
  );
  return sqlite;
}

class SqliteDatabase implements SqlDatabase {
  readonly dialect = "sqlite";
  /** Serialises access: every statement and transaction runs after the previous one. */
  private tail: Promise<unknown> = Promise.resolve();
  /** One process owns an embedded database, so in-process locks (per file) are enough. */
  private readonly locks: KeyLocks;

  constructor(
    private readonly db: sqlite3.Database,
    file: string,
  ) {
    this.locks = KeyLocks.of(file);
  }

  withLock<T>(key: string, work: () => Promise<T>) {
    return this.locks.tryRun(key, work);
  }

  run(sql: string, params: SqlValue[] = []) {
    return this.exclusive(() => rawRun(this.db, sql, params));
  }

  get<T>(sql: string, params: SqlValue[] = []) {
    return this.exclusive(() => rawGet<T>(this.db, sql, params));
  }

  all<T>(sql: string, params: SqlValue[] = []) {
    return this.exclusive(() => rawAll<T>(this.db, sql, params));
  }

  exec(sql: string) {
    return this.exclusive(() => rawExec(this.db, sql));
  }

  transaction<T>(work: (tx: SqlDatabase) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      const tx = new TransactionHandle(
        "sqlite",
        {
          run: (sql, params) => rawRun(this.db, sql, params),
          all: (sql, params) => rawAll(this.db, sql, params),
          exec: (sql) => rawExec(this.db, sql),
        },
        this,
      );
      await rawExec(this.db, "BEGIN IMMEDIATE");
      try {
        const result = await work(tx);
        await rawExec(this.db, "COMMIT");
        return result;
      } catch (error) {
        await rawExec(this.db, "ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        tx.end();
      }
    });
  }

  close() {
    return this.exclusive(
      () =>
        new Promise<void>((resolve, reject) => this.db.close((e) => (e ? reject(e) : resolve()))),
    );
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

function rawRun(db: sqlite3.Database, sql: string, params: SqlValue[]) {
  return new Promise<{ changes: number }>((resolve, reject) => {
    db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
      if (err) reject(err);
      else resolve({ changes: this.changes });
    });
  });
}

function rawGet<T>(db: sqlite3.Database, sql: string, params: SqlValue[]) {
  return new Promise<T | undefined>((resolve, reject) => {
    db.get(sql, params, (err: Error | null, row: T | undefined) =>
      err ? reject(err) : resolve(row),
    );
  });
}

function rawAll<T>(db: sqlite3.Database, sql: string, params: SqlValue[]) {
  return new Promise<T[]>((resolve, reject) => {
    db.all(sql, params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows)));
  });
}

function rawExec(db: sqlite3.Database, sql: string) {
  return new Promise<void>((resolve, reject) =>
    db.exec(sql, (err) => (err ? reject(err) : resolve())),
  );
}
