import { randomBytes } from "node:crypto";
import pg from "pg";

/** The server tests create their throw-away databases on (never one they use themselves). */
export const PG_TEST_URL = process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A PostgreSQL database made for one test file: its URL, and how to remove it afterwards. */
export interface FreshPgDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database `rembuk_t_<random>` on the server of PG_TEST_URL. When PostgreSQL is
 * not reachable this rejects: the tests that need it fail rather than skip.
 */
export async function freshPgDatabase(): Promise<FreshPgDatabase> {
  const name = `rembuk_t_${randomBytes(6).toString("hex")}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(PG_TEST_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE ends connections a test left open (a pool not yet closed) instead of failing.
    drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_TEST_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
