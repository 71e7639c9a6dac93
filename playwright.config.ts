import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { E2E_ADMIN } from "./tests/e2e/fixtures/session.ts";

/** Port of the server under test; override with E2E_PORT when 8199 is taken. */
const port = Number(process.env.E2E_PORT ?? 8199);
const baseURL = `http://127.0.0.1:${port}`;

// A fresh, empty data folder per run. Created once by the runner; its workers inherit the
// variable and load this file again without making another.
process.env.REMBUK_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "rembuk-e2e-"));

export default defineConfig({
  testDir: "tests/e2e",
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: "list",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: "chromium",
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: `npx playwright install` cannot download a browser here.
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // Serves the client built into dist/client (`npm run test:e2e` runs `vite build` first).
    command: "npx tsx server/src/index.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: process.env.REMBUK_E2E_DATA_DIR,
      LOG_LEVEL: "warn",
      // The first administrator, created on the empty store; the fixtures use it to set up
      // organisations and accounts (tests/e2e/fixtures/test.ts).
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      // The administrator registers an organisation for nearly every test, all within the hour.
      PROFILE_CHANGES_PER_HOUR: "1000",
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
