/**
 * `npm run demo`: starts Rembuk on a fresh `./data-demo` (wiped on every run) seeded with the
 * Perda Kota Sukamaju on public services — organisations, people, a concluded round 1 and an open
 * round 2 (server/src/demo/) — checks that the public record's seals verify as served, and prints
 * where to look and the accounts to sign in with. PORT (default 8080) and HOST as for `npm start`.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { ConfigError, type Config, loadConfig } from "../server/src/config.ts";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../server/src/demo/demoPeople.ts";
import { checkDemoRecord, seedDemo } from "../server/src/demo/demoSeeder.ts";
import { createLogger, type Logger } from "../server/src/logger.ts";
import { type RunningServer, startServer } from "../server/src/server.ts";
import { openStore } from "../server/src/store/index.ts";

const dataDir = path.resolve(import.meta.dirname, "../data-demo");

/** Wipes the demo's data directory and seeds a new store in it; returns the draft's id. */
async function seed(config: Config, log: Logger): Promise<string> {
  await fs.rm(config.dataDir, { recursive: true, force: true });
  await fs.mkdir(config.dataDir, { recursive: true });
  const store = await openStore(config.dataDir, config.databaseFile);
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

/** The demo accounts as a table a person reads. */
function accountsTable(): string {
  const rows = [
    ["email", "password", "role"],
    ...Object.values(DEMO_PEOPLE).map((p) => [p.email, DEMO_PASSWORD, `${p.name} — ${p.role}`]),
  ];
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) =>
    `  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  │ ")}`.trimEnd();
  const rule = `  ${widths.map((w) => `${"─".repeat(w)}──┼─`).join("")}${"─".repeat(48)}`;
  const [header = [], ...body] = rows;
  return [line(header), rule, ...body.map(line)].join("\n");
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig({
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const log = createLogger(config.logLevel);
  process.stdout.write(`Seeding the demo into ${path.relative(process.cwd(), dataDir)}/ …\n`);
  const documentId = await seed(config, log);
  const server = await startServer(config, log);
  let verified: string;
  try {
    verified = await verifyServed(server, documentId);
  } catch (error) {
    process.stderr.write(
      `\n✗ THE DEMO'S PUBLIC RECORD DOES NOT VERIFY — this is a bug, please report it.\n  ${(error as Error).message}\n`,
    );
    await server.close();
    return 1;
  }

  process.stdout.write(
    [
      "",
      `Rembuk demo: ${server.url}`,
      `  public record  ${server.url}/public/consultations/${documentId}`,
      `  the draft      ${server.url}/documents/${documentId}  (sign in as a drafter)`,
      `  seals          ${verified}`,
      "",
      "Demo accounts:",
      accountsTable(),
      "",
      "Ctrl+C stops the server; the next `npm run demo` starts again from scratch.",
      "",
    ].join("\n"),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`\n✗ The demo failed: ${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
