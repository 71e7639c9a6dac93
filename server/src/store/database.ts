import sqlite3 from "sqlite3";
import { KeyLocks } from "./keyLocks.ts";

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;

/** The part of the database every store module uses; one implementation per engine. */
export interface SqlDatabase {
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number; lastId: number }>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` alone on the connection inside BEGIN IMMEDIATE … COMMIT, rolling
   * back if it throws. Other calls wait, so a transaction never interleaves with
   * another caller's statements.
   */
  transaction<T>(work: (tx: SqlDatabase) => Promise<T>): Promise<T>;
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
  const sqlite = new SqliteDatabase(db);
  await sqlite.exec(
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
  );
  return sqlite;
}

class SqliteDatabase implements SqlDatabase {
  /** Serialises access: every statement and transaction runs after the previous one. */
  private tail: Promise<unknown> = Promise.resolve();
  /** One process owns an embedded database, so an in-process lock per key is enough. */
  private readonly locks = new KeyLocks();

  constructor(private readonly db: sqlite3.Database) {}

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
      const tx = new TransactionScope(this.db, this.locks);
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

/** The handle given to a transaction's body: statements run directly, inside the open transaction. */
class TransactionScope implements SqlDatabase {
  private open = true;
  constructor(
    private readonly db: sqlite3.Database,
    private readonly locks: KeyLocks,
  ) {}
  private check() {
    if (!this.open) throw new Error("transaction already finished");
  }
  run(sql: string, params: SqlValue[] = []) {
    this.check();
    return rawRun(this.db, sql, params);
  }
  get<T>(sql: string, params: SqlValue[] = []) {
    this.check();
    return rawGet<T>(this.db, sql, params);
  }
  all<T>(sql: string, params: SqlValue[] = []) {
    this.check();
    return rawAll<T>(this.db, sql, params);
  }
  exec(sql: string) {
    this.check();
    return rawExec(this.db, sql);
  }
  transaction<T>(work: (tx: SqlDatabase) => Promise<T>): Promise<T> {
    return work(this);
  }
  withLock<T>(key: string, work: () => Promise<T>) {
    return this.locks.tryRun(key, work);
  }
  close(): Promise<void> {
    return Promise.reject(new Error("cannot close the database inside a transaction"));
  }
  end() {
    this.open = false;
  }
}

function rawRun(db: sqlite3.Database, sql: string, params: SqlValue[]) {
  return new Promise<{ changes: number; lastId: number }>((resolve, reject) => {
    db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
      if (err) reject(err);
      else resolve({ changes: this.changes, lastId: this.lastID });
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
