import type { SqlDatabase, SqlValue } from "./database.ts";
import type { Dialect } from "./refusalTriggers.ts";

/** How one engine runs statements on the connection a transaction holds. */
export interface ConnectionStatements {
  run(sql: string, params: SqlValue[]): Promise<{ changes: number }>;
  all<T>(sql: string, params: SqlValue[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

/**
 * The handle given to a transaction's body, for either engine: statements run directly inside
 * the open transaction, a nested `transaction` joins it, and once it has ended the handle
 * refuses further use (a body that kept it past its end would otherwise write outside it).
 */
export class TransactionHandle implements SqlDatabase {
  private open = true;

  constructor(
    readonly dialect: Dialect,
    private readonly statements: ConnectionStatements,
    private readonly locks: Pick<SqlDatabase, "withLock">,
  ) {}

  run(sql: string, params: SqlValue[] = []) {
    this.check();
    return this.statements.run(sql, params);
  }
  async get<T>(sql: string, params: SqlValue[] = []) {
    this.check();
    return (await this.statements.all<T>(sql, params))[0];
  }
  all<T>(sql: string, params: SqlValue[] = []) {
    this.check();
    return this.statements.all<T>(sql, params);
  }
  exec(sql: string) {
    this.check();
    return this.statements.exec(sql);
  }
  transaction<T>(work: (tx: SqlDatabase) => Promise<T>): Promise<T> {
    return work(this);
  }
  withLock<T>(key: string, work: () => Promise<T>) {
    return this.locks.withLock(key, work);
  }
  close(): Promise<void> {
    return Promise.reject(new Error("cannot close the database inside a transaction"));
  }
  /** Called when the transaction commits or rolls back. */
  end() {
    this.open = false;
  }
  private check() {
    if (!this.open) throw new Error("transaction already finished");
  }
}
