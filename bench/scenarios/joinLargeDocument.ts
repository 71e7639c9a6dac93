import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import * as Y from "yjs";
import { startCpuMeter } from "../lib/cpuMeter.ts";
import {
  assertConverged,
  insertAtRandom,
  seededRandom,
  waitForDocs,
  withTimeout,
  yieldToIo,
} from "../lib/ydocs.ts";
import type { Peer, PeerClient, RunningPeer } from "../peers/types.ts";
import { relayRoundTrips } from "./relayLatency.ts";
import { contextMetrics, type MetricSpec, type RepRecord } from "./types.ts";

export interface JoinOptions {
  /** The document is built from this many inserts of `chunkChars` characters each. */
  chunks: number;
  chunkChars: number;
  /** Sequential one-character round trips made on the large document after each join. */
  roundTrips: number;
  warmup: number;
  timeoutMs: number;
}

/** The large document of one server, and the text it must have. */
export interface LargeDocument {
  name: string;
  expected: string;
  encodedBytes: number;
}

export const joinMetrics: MetricSpec[] = [
  {
    key: "coldJoinMs",
    label: "join 2 MB doc, fresh process",
    unit: "ms",
    better: "lower",
    headline: true,
  },
  {
    key: "warmJoinMs",
    label: "join 2 MB doc, already loaded",
    unit: "ms",
    better: "lower",
    headline: true,
  },
  {
    key: "editP50",
    label: "relay latency p50 on the 2 MB doc",
    unit: "ms",
    better: "lower",
    headline: true,
  },
  {
    key: "editP99",
    label: "relay latency p99 on the 2 MB doc",
    unit: "ms",
    better: "lower",
    headline: true,
  },
  { key: "editMax", label: "relay latency max on the 2 MB doc", unit: "ms", better: "lower" },
  {
    key: "coldSyncedEventMs",
    label: "fresh process: client's synced event",
    unit: "ms",
    better: "lower",
  },
  { key: "startMs", label: "process start until listening", unit: "ms", better: "lower" },
  { key: "storedMB", label: "bytes on disk after the run", unit: "MB", better: "lower" },
  ...contextMetrics,
];

export const buildMetrics: MetricSpec[] = [
  {
    key: "buildMs",
    label: "build 2 MB doc (2048 updates) until a 2nd client has it",
    unit: "ms",
    better: "lower",
  },
];

const PROSE =
  "Setiap warga berhak menyampaikan masukan atas rancangan peraturan ini secara tertulis. ";

function chunkText(index: number, chars: number): string {
  const head = `[Pasal ${index + 1}] `;
  return (head + PROSE.repeat(Math.ceil(chars / PROSE.length))).slice(0, chars);
}

/**
 * Builds the large document through a real client on a fresh process, waits
 * until a second client holds all of it, and stops the process cleanly so the
 * next process has to load it from storage.
 */
export async function buildLargeDocument(
  peer: Peer,
  dataDir: string,
  options: JoinOptions,
): Promise<{ large: LargeDocument; record: RepRecord }> {
  const running = await peer.start(dataDir);
  const clients: PeerClient[] = [];
  try {
    const name = await running.newDocument();
    const builder = running.connect(name);
    clients.push(builder);
    await withTimeout(builder.synced, options.timeoutMs, "builder sync");
    const random = seededRandom(42);
    const started = performance.now();
    for (let i = 0; i < options.chunks; i++) {
      insertAtRandom(builder.doc, random, chunkText(i, options.chunkChars));
      if (i % 16 === 15) await yieldToIo();
    }
    const expectedLength = options.chunks * options.chunkChars;
    const checker = running.connect(name);
    clients.push(checker);
    await withTimeout(checker.synced, options.timeoutMs, "checker sync");
    const checkerText = checker.doc.getText("body");
    const doneAt = await waitForDocs(
      [checker.doc],
      () => checkerText.length >= expectedLength,
      options.timeoutMs,
      "checker has the whole document",
    );
    assertConverged([builder.doc, checker.doc], "large document build", expectedLength);
    const large = {
      name,
      expected: checkerText.toString(),
      encodedBytes: Y.encodeStateAsUpdate(builder.doc).byteLength,
    };
    return { large, record: { buildMs: doneAt - started, encodedBytes: large.encodedBytes } };
  } finally {
    for (const client of clients) client.destroy();
    await running.process.stop();
  }
}

/**
 * One repetition: a fresh process, one client joins (cold: the server loads the
 * document from its storage), a second joins (warm), then sequential round
 * trips on the large document. Updates `large.expected` with those edits, which
 * the next repetition's fresh process must then have stored.
 */
export async function measureJoin(
  peer: Peer,
  dataDir: string,
  large: LargeDocument,
  rep: number,
  options: JoinOptions,
): Promise<RepRecord> {
  const startAt = performance.now();
  const running = await peer.start(dataDir);
  const startMs = performance.now() - startAt;
  const clients: PeerClient[] = [];
  const stopMeter = startCpuMeter(running.process);
  try {
    const cold = await joinOnce(running, large, options);
    clients.push(cold.client);
    const warm = await joinOnce(running, large, options);
    clients.push(warm.client);
    const compactionsBefore = countLogs(running, "compacted update log");
    const relay = await relayRoundTrips(running, clients, rep, options);
    const { harnessCpuShare, foreignCpuShare, stealShare } = stopMeter();
    large.expected = clients[0]?.doc.getText("body").toString() ?? "";
    return {
      startMs,
      coldJoinMs: cold.contentMs,
      coldSyncedEventMs: cold.syncedMs,
      warmJoinMs: warm.contentMs,
      editP50: relay.p50 ?? Number.NaN,
      editP99: relay.p99 ?? Number.NaN,
      editMax: relay.max ?? Number.NaN,
      serverLoadMs: serverLoadMs(running) ?? Number.NaN,
      serverCompactionsDuringEdits: countLogs(running, "compacted update log") - compactionsBefore,
      harnessCpuShare,
      foreignCpuShare,
      stealShare,
    };
  } finally {
    for (const client of clients) client.destroy();
    await running.process.stop();
  }
}

/** Total size of the files under `dir`, in MB. */
export function storedMegabytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? storedMegabytes(full) * 1e6 : statSync(full).size;
  }
  return bytes / 1e6;
}

async function joinOnce(running: RunningPeer, large: LargeDocument, options: JoinOptions) {
  const started = performance.now();
  const client = running.connect(large.name);
  let syncedMs = Number.NaN;
  void client.synced.then(() => {
    syncedMs = performance.now() - started;
  });
  const text = client.doc.getText("body");
  const contentAt = await waitForDocs(
    [client.doc],
    () => text.length >= large.expected.length,
    options.timeoutMs,
    "joining client has the whole document",
  );
  await withTimeout(client.synced, options.timeoutMs, "joining client sync");
  if (text.toString() !== large.expected) {
    client.destroy();
    throw new Error("the joining client got a different document than was stored");
  }
  return { client, contentMs: contentAt - started, syncedMs };
}

/** Log lines with this message so far (Rembuk logs compactions; the peers log nothing). */
function countLogs(running: RunningPeer, msg: string): number {
  return running.process.logs.filter((log) => log.msg === msg).length;
}

/** Rembuk logs how long loading a document from SQLite took; other servers do not. */
function serverLoadMs(running: RunningPeer): number | undefined {
  const entry = running.process.logs.find((log) => log.msg === "document loaded");
  return typeof entry?.ms === "number" ? entry.ms : undefined;
}
