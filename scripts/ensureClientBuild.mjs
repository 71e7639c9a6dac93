// Builds the client (vite build) when dist/client is missing or older than its sources,
// so `npm start` on a fresh clone serves a current app without a separate build step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const builtIndex = path.join(root, "dist/client/index.html");
const sources = ["client", "shared", "vite.config.ts", "package-lock.json"].map((p) =>
  path.join(root, p),
);

/** Newest modification time under a file or folder. */
function newest(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    latest = Math.max(latest, newest(path.join(target, entry)));
  }
  return latest;
}

const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map(newest));
if (builtAt >= sourcesAt) process.exit(0);

console.log(builtAt ? "Client sources changed; rebuilding…" : "Building the client (first start)…");
const vite = path.join(root, "node_modules/.bin/vite");
const result = spawnSync(vite, ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
