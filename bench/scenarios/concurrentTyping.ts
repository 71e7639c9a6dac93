import { setTimeout as sleep } from "node:timers/promises";
import { startCpuMeter } from "../lib/cpuMeter.ts";
import { EditTracker } from "../lib/editTracker.ts";
import { latencyPercentiles } from "../lib/stats.ts";
import {
  assertConverged,
  insertAtRandom,
  seededRandom,
  waitForDocs,
  withTimeout,
  yieldToIo,
} from "../lib/ydocs.ts";
import type { PeerClient, RunningPeer } from "../peers/types.ts";
import { contextMetrics, letter, type MetricSpec, type RepRecord } from "./types.ts";

export interface TypingOptions {
  clients: number;
  editsPerClient: number;
  /** Edits per second per client; `undefined` types as fast as the clients can. */
  ratePerClient?: number;
  timeoutMs: number;
}

export const burstMetrics: MetricSpec[] = [
  {
    key: "editsPerSecond",
    label: "burst throughput",
    unit: "edits/s",
    better: "higher",
    headline: true,
  },
  { key: "convergeMs", label: "burst: time to converge", unit: "ms", better: "lower" },
  { key: "p99", label: "burst: delivery latency p99", unit: "ms", better: "lower" },
  {
    key: "serverCpuPerEdit",
    label: "burst: server CPU per edit",
    unit: "ms/edit",
    better: "lower",
  },
  ...contextMetrics,
];

export const pacedMetrics: MetricSpec[] = [
  {
    key: "p50",
    label: "typing: delivery latency p50",
    unit: "ms",
    better: "lower",
    headline: true,
  },
  {
    key: "p95",
    label: "typing: delivery latency p95",
    unit: "ms",
    better: "lower",
    headline: true,
  },
  { key: "p99", label: "typing: delivery latency p99", unit: "ms", better: "lower" },
  {
    key: "convergeAfterLastMs",
    label: "typing: converged after last edit",
    unit: "ms",
    better: "lower",
  },
  {
    key: "serverCpuPerEdit",
    label: "typing: server CPU per edit",
    unit: "ms/edit",
    better: "lower",
  },
  ...contextMetrics,
];

/**
 * N clients on one fresh document each insert one character at a random place
 * of their own view, either as fast as they can (interleaved round by round) or
 * at a fixed typing rate. Ends when every client holds every edit; then checks
 * that all texts are equal and that a late joiner gets the same text from the server.
 */
export async function measureConcurrentTyping(
  peer: RunningPeer,
  rep: number,
  options: TypingOptions,
): Promise<RepRecord> {
  const documentName = await peer.newDocument();
  const clients: PeerClient[] = [];
  let tracker: EditTracker | undefined;
  try {
    for (let i = 0; i < options.clients; i++) clients.push(peer.connect(documentName));
    await withTimeout(Promise.all(clients.map((c) => c.synced)), options.timeoutMs, "clients sync");
    const docs = clients.map((c) => c.doc);
    tracker = new EditTracker(docs);
    const total = options.clients * options.editsPerClient;
    const stopMeter = startCpuMeter(peer.process);
    const started = performance.now();
    const typed =
      options.ratePerClient === undefined
        ? typeBurst(tracker, rep, options)
        : typePaced(tracker, rep, options, options.ratePerClient);
    const lastEditAt = await withTimeout(typed, options.timeoutMs, "typing");
    const convergedAt = await withTimeout(tracker.whenAllSeen(), options.timeoutMs, "convergence");
    const cpu = stopMeter();

    assertConverged(docs, "concurrent typing", total);
    await checkLateJoiner(peer, documentName, docs[0]?.getText("body").toString() ?? "", options);

    const { p50, p95, p99 } = latencyPercentiles(tracker.latencies);
    const elapsed = convergedAt - started;
    return {
      editsPerSecond: (total * 1000) / elapsed,
      convergeMs: elapsed,
      convergeAfterLastMs: convergedAt - lastEditAt,
      p50,
      p95,
      p99,
      deliveries: tracker.latencies.length,
      serverCpuPerEdit: cpu.serverCpuMs / total,
      ...cpu,
    };
  } finally {
    tracker?.dispose();
    for (const client of clients) client.destroy();
  }
}

/** Every client edits once per round; the socket I/O runs between rounds. */
async function typeBurst(tracker: EditTracker, rep: number, options: TypingOptions) {
  const randoms = Array.from({ length: options.clients }, (_, c) => seededRandom(rep * 100 + c));
  for (let k = 0; k < options.editsPerClient; k++) {
    for (let c = 0; c < options.clients; c++) {
      const random = randoms[c] ?? Math.random;
      tracker.edit(c, (doc) => insertAtRandom(doc, random, letter(k + c)));
    }
    await yieldToIo();
  }
  return performance.now();
}

/** Each client types at `rate` edits/s; the clients are spread evenly over one interval. */
async function typePaced(tracker: EditTracker, rep: number, options: TypingOptions, rate: number) {
  const interval = 1000 / rate;
  const start = performance.now();
  const typeOne = async (c: number) => {
    const random = seededRandom(rep * 100 + c);
    for (let k = 0; k < options.editsPerClient; k++) {
      const wait = start + (c / options.clients) * interval + k * interval - performance.now();
      if (wait > 0) await sleep(wait);
      tracker.edit(c, (doc) => insertAtRandom(doc, random, letter(k + c)));
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, c) => typeOne(c)));
  return performance.now();
}

/** A client that joins afterwards must get the converged text from the server. */
async function checkLateJoiner(
  peer: RunningPeer,
  documentName: string,
  expected: string,
  options: TypingOptions,
) {
  const late = peer.connect(documentName);
  try {
    await withTimeout(late.synced, options.timeoutMs, "late joiner sync");
    const text = late.doc.getText("body");
    await waitForDocs(
      [late.doc],
      () => text.length >= expected.length,
      options.timeoutMs,
      "late joiner content",
    );
    if (text.toString() !== expected) throw new Error("late joiner got a different text");
  } finally {
    late.destroy();
  }
}
