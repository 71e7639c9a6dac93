/**
 * Seeds the demo (server/src/demo/) into a data directory — wiped first — and serves it, as
 * `npm run demo` and `npm run demo:screenshots` both do. The served public record is downloaded
 * as anyone would and its seals verified before the demo is handed over.
 */
import fs from "node:fs/promises";
import type { Config } from "../server/src/config.ts";
import { checkDemoRecord, seedDemo } from "../server/src/demo/demoSeeder.ts";
import type { Logger } from "../server/src/logger.ts";
import { type RunningServer, startServer } from "../server/src/server.ts";
import { openStore } from "../server/src/store/index.ts";

/** The demo, seeded and served. */
export interface RunningDemo {
  server: RunningServer;
  /** The Perda draft's id. */
  documentId: string;
  /** What the seal check found ("OK: 2 rounds, 9 seals verify (…)"). */
  verified: string;
}

/** The served public record's seals did not verify: a bug in the seeding or the record. */
export class DemoRecordError extends Error {}

/**
 * Wipes `config.dataDir`, seeds the demo into it, starts the server with `config` and checks
 * the served public record. The server is closed again when the check fails.
 */
export async function startDemo(config: Config, log: Logger): Promise<RunningDemo> {
  const documentId = await seed(config, log);
  const server = await startServer(config, log);
  try {
    return { server, documentId, verified: await verifyServed(server, documentId) };
  } catch (error) {
    await server.close();
    throw new DemoRecordError((error as Error).message, { cause: error });
  }
}

/** Wipes the demo's data directory and seeds a new store in it; returns the draft's id. */
async function seed(config: Config, log: Logger): Promise<string> {
  await fs.rm(config.dataDir, { recursive: true, force: true });
  await fs.mkdir(config.dataDir, { recursive: true });
  const store = await openStore({ dataDir: config.dataDir, databaseFile: config.databaseFile });
  try {
    return (await seedDemo({ store, log })).documentId;
  } finally {
    await store.close();
  }
}

/** Downloads the public record as anyone would and verifies its seals; throws when they fail. */
async function verifyServed(server: RunningServer, documentId: string): Promise<string> {
  const url = `${server.url}/api/public/consultations/${documentId}/record`;
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const { verification } = await checkDemoRecord(await res.json());
  return `OK: ${verification.rounds} rounds, ${verification.seals} seals verify (npm run verify -- ${url})`;
}
