/**
 * Rembuk's benchmark: the same load against Rembuk and its peers, each server in
 * its own process on this machine, in one run. Reports medians over repetitions
 * and the ratio Rembuk / peer. `npm run bench` (add `-- --quick` for a smoke run).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeMachine, gitRevision, packageVersions } from "./lib/machine.ts";
import { log, runInterleaved, type ScenarioResult, summarizeScenario } from "./lib/repeat.ts";
import { hocuspocusPeer } from "./peers/hocuspocus.ts";
import { rembukPeer } from "./peers/rembuk.ts";
import type { Peer, RunningPeer } from "./peers/types.ts";
import {
  yWebsocketServerLeveldbPeer,
  yWebsocketServerMemoryPeer,
} from "./peers/yWebsocketServer.ts";
import { writeMarkdownSummary } from "./report.ts";
import {
  burstMetrics,
  measureConcurrentTyping,
  pacedMetrics,
} from "./scenarios/concurrentTyping.ts";
import {
  buildLargeDocument,
  buildMetrics,
  joinMetrics,
  type LargeDocument,
  measureJoin,
  storedMegabytes,
} from "./scenarios/joinLargeDocument.ts";
import { measureRelayLatency, relayLatencyMetrics } from "./scenarios/relayLatency.ts";

const quick = process.argv.includes("--quick");

/** Sizes and repetitions; `--quick` shrinks them for a smoke run. */
const plan = {
  relay: { reps: quick ? 2 : 5, roundTrips: quick ? 50 : 300, warmup: 20, timeoutMs: 10_000 },
  burst: { reps: quick ? 2 : 5, clients: 10, editsPerClient: quick ? 50 : 300, timeoutMs: 60_000 },
  typing: {
    reps: quick ? 1 : 5,
    clients: 10,
    editsPerClient: quick ? 20 : 100,
    ratePerClient: 20,
    timeoutMs: 60_000,
  },
  join: {
    reps: quick ? 2 : 5,
    chunks: quick ? 256 : 2048,
    chunkChars: 1024,
    roundTrips: quick ? 100 : 600,
    warmup: 20,
    timeoutMs: 120_000,
  },
};

/** The whole run must stay bounded even if a server hangs. */
const WATCHDOG_MS = 12 * 60_000;

const PEERS: Peer[] = [
  rembukPeer,
  yWebsocketServerMemoryPeer,
  yWebsocketServerLeveldbPeer,
  hocuspocusPeer,
];

async function main() {
  // Each y-websocket client registers a process "exit" listener; 11 at once is expected here.
  process.setMaxListeners(64);
  const watchdog = setTimeout(() => {
    log(`the run exceeded ${WATCHDOG_MS / 60_000} minutes; giving up`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const root = mkdtempSync(path.join(os.tmpdir(), "rembuk-bench-"));
  const started = Date.now();
  const machine = describeMachine(root);
  log(
    `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, data on ${machine.dataFilesystem}`,
  );
  const scenarios: ScenarioResult[] = [];
  try {
    scenarios.push(...(await runLiveScenarios(root)));
    scenarios.push(...(await runJoinScenarios(root)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }

  const results = {
    date: new Date().toISOString(),
    quick,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    revision: gitRevision(),
    machine,
    versions: packageVersions(),
    peers: PEERS.map(({ id, label, persists }) => ({ id, label, persists })),
    plan,
    scenarios,
  };
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${results.date.slice(0, 10)}-node-svc${quick ? "-quick" : ""}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  if (!quick) writeMarkdownSummary(path.join(dir, "latest.md"), results, path.basename(file));
  log(
    `wrote ${file}${quick ? "" : " and bench/results/latest.md"} in ${results.durationSeconds} s`,
  );
  const failed = scenarios.filter((s) => Object.keys(s.errors).length > 0);
  if (failed.length > 0) process.exitCode = 1;
}

/** Relay latency and concurrent typing, against every server kept running side by side. */
async function runLiveScenarios(root: string): Promise<ScenarioResult[]> {
  const running: { id: string; label: string; peer: RunningPeer }[] = [];
  try {
    for (const peer of PEERS) {
      const dataDir = path.join(root, `${peer.id}-live`);
      mkdirSync(dataDir);
      running.push({ id: peer.id, label: peer.label, peer: await peer.start(dataDir) });
    }
    const relay = await runInterleaved(
      {
        id: "relay-latency",
        title: "Relay latency",
        description: `2 clients, ${plan.relay.roundTrips} sequential one-character round trips A→B (after ${plan.relay.warmup} warm-up)`,
        metrics: relayLatencyMetrics,
      },
      running,
      plan.relay.reps,
      (s, rep) => measureRelayLatency(s.peer, rep, plan.relay),
    );
    const burst = await runInterleaved(
      {
        id: "burst-typing",
        title: "Concurrent typing, as fast as possible",
        description: `${plan.burst.clients} clients × ${plan.burst.editsPerClient} one-character edits at random places, interleaved round by round, until all converge`,
        metrics: burstMetrics,
      },
      running,
      plan.burst.reps,
      (s, rep) => measureConcurrentTyping(s.peer, rep, plan.burst),
    );
    const typing = await runInterleaved(
      {
        id: "paced-typing",
        title: "Concurrent typing at typing speed",
        description: `${plan.typing.clients} clients × ${plan.typing.editsPerClient} edits at ${plan.typing.ratePerClient} edits/s each; delivery latency to each of the other clients`,
        metrics: pacedMetrics,
      },
      running,
      plan.typing.reps,
      (s, rep) => measureConcurrentTyping(s.peer, rep, plan.typing),
    );
    return [relay, burst, typing];
  } finally {
    await Promise.all(running.map((s) => s.peer.process.stop()));
  }
}

/** Builds a large document per server that can reload one, then joins it from fresh processes. */
async function runJoinScenarios(root: string): Promise<ScenarioResult[]> {
  const storing = PEERS.filter((peer) => peer.reloadsFromStorage);
  const sizeMB = (plan.join.chunks * plan.join.chunkChars) / 2 ** 20;
  const build: ScenarioResult = {
    id: "build-large-document",
    title: `Build the ${sizeMB} MiB document`,
    description: `${plan.join.chunks} inserts of ${plan.join.chunkChars} characters from one client, until a second client has it all (once per server)`,
    metrics: buildMetrics,
    reps: {},
    summaries: {},
    errors: {},
    discarded: {},
  };
  const subjects: {
    id: string;
    label: string;
    peer: Peer;
    dataDir: string;
    large: LargeDocument;
  }[] = [];
  for (const peer of storing) {
    const dataDir = path.join(root, `${peer.id}-large`);
    mkdirSync(dataDir);
    try {
      const { large, record } = await buildLargeDocument(peer, dataDir, plan.join);
      build.reps[peer.id] = [record];
      subjects.push({ id: peer.id, label: peer.label, peer, dataDir, large });
      log(`built the large document on ${peer.label} in ${Math.round(record.buildMs ?? 0)} ms`);
    } catch (error) {
      build.errors[peer.id] = error instanceof Error ? error.message : String(error);
      log(`building the large document on ${peer.label} FAILED: ${build.errors[peer.id]}`);
    }
  }
  summarizeScenario(build);
  const join = await runInterleaved(
    {
      id: "join-large-document",
      title: `Join a ${sizeMB} MiB document`,
      description: `fresh server process per repetition; time until a new client holds the whole text (cold: loaded from storage; warm: a second client), then ${plan.join.roundTrips} round trips on it`,
      metrics: joinMetrics,
    },
    subjects,
    plan.join.reps,
    async (s, rep) => {
      const record = await measureJoin(s.peer, s.dataDir, s.large, rep, plan.join);
      return { ...record, storedMB: storedMegabytes(s.dataDir) };
    },
  );
  return [build, join];
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
