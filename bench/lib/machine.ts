import { execFileSync } from "node:child_process";
import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { latencyPercentiles } from "./stats.ts";

/** The machine a run was measured on, as the report states it. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  /** Filesystem holding the servers' data directories. */
  dataFilesystem: string;
  /** fsync of a 4 KiB write on that filesystem: what a durable commit costs at the very least. */
  fsyncMs: { p50: number; p99: number };
}

/** Describes this machine, probing fsync latency in `dataRoot`. */
export function describeMachine(dataRoot: string): MachineInfo {
  const cpuinfo = safeRead("/proc/cpuinfo");
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim();
  return {
    cpuModel: model ?? os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    dataFilesystem: filesystemOf(dataRoot),
    fsyncMs: probeFsync(dataRoot),
  };
}

/** Installed versions of the packages that decide the result. */
export function packageVersions(): Record<string, string> {
  const names = [
    "yjs",
    "y-protocols",
    "y-websocket",
    "@y/websocket-server",
    "y-leveldb",
    "@hocuspocus/server",
    "@hocuspocus/provider",
    "@hocuspocus/extension-database",
    "sqlite3",
    "ws",
    "tsx",
  ];
  const versions: Record<string, string> = {};
  for (const name of names) {
    const manifest = safeRead(path.join("node_modules", name, "package.json"));
    versions[name] = manifest ? (JSON.parse(manifest) as { version: string }).version : "missing";
  }
  return versions;
}

/** The commit measured, with `-dirty` when the working tree has changes. */
export function gitRevision(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const status = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" });
    return status.trim() ? `${head}-dirty` : head;
  } catch {
    return "unknown";
  }
}

function probeFsync(dir: string) {
  const file = path.join(dir, "fsync-probe");
  const fd = openSync(file, "w");
  const block = Buffer.alloc(4096, 7);
  const samples: number[] = [];
  try {
    for (let i = 0; i < 200; i++) {
      writeSync(fd, block);
      const started = performance.now();
      fsyncSync(fd);
      samples.push(performance.now() - started);
    }
  } finally {
    closeSync(fd);
    unlinkSync(file);
  }
  const { p50, p99 } = latencyPercentiles(samples);
  return { p50, p99 };
}

function filesystemOf(dir: string): string {
  const mounts = safeRead("/proc/mounts")
    .split("\n")
    .map((line) => line.split(" "))
    .filter((f) => f.length > 2 && dir.startsWith(f[1] ?? "\0"));
  mounts.sort((a, b) => (b[1]?.length ?? 0) - (a[1]?.length ?? 0));
  const best = mounts[0];
  return best ? `${best[2]} (${best[0]} on ${best[1]})` : "unknown";
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
