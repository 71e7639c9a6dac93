import { startCpuMeter } from "../lib/cpuMeter.ts";
import { EditTracker } from "../lib/editTracker.ts";
import { latencyPercentiles } from "../lib/stats.ts";
import { assertConverged, insertAtRandom, seededRandom, withTimeout } from "../lib/ydocs.ts";
import type { PeerClient, RunningPeer } from "../peers/types.ts";
import { contextMetrics, letter, type MetricSpec, type RepRecord } from "./types.ts";

export interface RelayLatencyOptions {
  roundTrips: number;
  /** Round trips made first and not counted (connection and JIT warm-up). */
  warmup: number;
  timeoutMs: number;
}

export const relayLatencyMetrics: MetricSpec[] = [
  { key: "p50", label: "relay latency p50", unit: "ms", better: "lower", headline: true },
  { key: "p95", label: "relay latency p95", unit: "ms", better: "lower", headline: true },
  { key: "p99", label: "relay latency p99", unit: "ms", better: "lower", headline: true },
  { key: "max", label: "relay latency max", unit: "ms", better: "lower" },
  { key: "serverCpuPerEdit", label: "server CPU per edit", unit: "ms/edit", better: "lower" },
  ...contextMetrics,
];

/**
 * Two clients on a fresh document; A inserts one character, and the time until
 * B holds it is one sample. Round trips are strictly sequential, so each sample
 * is the server's relay path with nothing queued ahead of it.
 */
export async function measureRelayLatency(
  peer: RunningPeer,
  rep: number,
  options: RelayLatencyOptions,
): Promise<RepRecord> {
  const documentName = await peer.newDocument();
  const clients: PeerClient[] = [];
  try {
    clients.push(peer.connect(documentName), peer.connect(documentName));
    await withTimeout(Promise.all(clients.map((c) => c.synced)), options.timeoutMs, "clients sync");
    return await relayRoundTrips(peer, clients, rep, options);
  } finally {
    for (const client of clients) client.destroy();
  }
}

/**
 * Runs sequential one-character round trips from the first client to the second
 * on an already synced pair and returns their latency percentiles.
 */
export async function relayRoundTrips(
  peer: RunningPeer,
  clients: PeerClient[],
  rep: number,
  options: RelayLatencyOptions,
): Promise<RepRecord> {
  const [a, b] = clients;
  if (!a || !b) throw new Error("relay needs two clients");
  const docs = [a.doc, b.doc];
  const before = a.doc.getText("body").length;
  const tracker = new EditTracker(docs);
  const random = seededRandom(1000 + rep);
  const total = options.warmup + options.roundTrips;
  let stopMeter = startCpuMeter(peer.process);
  try {
    for (let i = 0; i < total; i++) {
      if (i === options.warmup) stopMeter = startCpuMeter(peer.process);
      tracker.edit(0, (doc) => insertAtRandom(doc, random, letter(i)));
      await withTimeout(tracker.whenSeen(1, 0, i + 1), options.timeoutMs, `round trip ${i}`);
    }
    const cpu = stopMeter();
    assertConverged(docs, "relay latency", before + total);
    const latencies = tracker.latencies.slice(options.warmup);
    const { p50, p95, p99, max, count } = latencyPercentiles(latencies);
    return {
      p50,
      p95,
      p99,
      max,
      samples: count,
      serverCpuPerEdit: cpu.serverCpuMs / options.roundTrips,
      ...cpu,
    };
  } finally {
    tracker.dispose();
  }
}
