/**
 * `npm run demo`: starts Rembuk on a fresh `./data-demo` (wiped on every run) seeded with the
 * Perda Kota Sukamaju on public services — organisations, people, a concluded round 1 and an open
 * round 2 (server/src/demo/) — checks that the public record's seals verify as served, and prints
 * where to look and the accounts to sign in with. PORT (default 8080) and HOST as for `npm start`.
 */
import path from "node:path";
import { ConfigError, type Config, loadConfig } from "../server/src/config.ts";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../server/src/demo/demoPeople.ts";
import { createLogger } from "../server/src/logger.ts";
import { DemoRecordError, type RunningDemo, startDemo } from "./demoServer.ts";

const dataDir = path.resolve(import.meta.dirname, "../data-demo");

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
  let demo: RunningDemo;
  try {
    demo = await startDemo(config, log);
  } catch (error) {
    if (!(error instanceof DemoRecordError)) throw error;
    process.stderr.write(
      `\n✗ THE DEMO'S PUBLIC RECORD DOES NOT VERIFY — this is a bug, please report it.\n  ${error.message}\n`,
    );
    return 1;
  }
  const { server, documentId, verified } = demo;

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
