/**
 * Rembuk's benchmark: the same load against Rembuk and its peers, each server in
 * its own process on this machine, in one run. Reports medians over repetitions
 * and the ratio Rembuk / peer. `npm run bench` (add `-- --quick` for a smoke run).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeMachine, gitRevision, packageVersions } from "./lib/machine.ts";
import {
  log,
  runInterleaved,
  type ScenarioResult,
  setRedoLimit,
  summarizeScenario,
} from "./lib/repeat.ts";
import { hocuspocusPeer } from "./peers/hocuspocus.ts";
import { rembukPeer } from "./peers/rembuk.ts";
import type { Peer, RunningPeer } from "./peers/types.ts";
import {
  yWebsocketServerLeveldbPeer,
  yWebsocketServerMemoryPeer,
} from "./peers/yWebsocketServer.ts";
import { writeMarkdownSummary } from "./report.ts";
import { writeScaleOutSummary } from "./reportScaleOut.ts";
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
import {
  type ClusterConfiguration,
  measureScaleOut,
  scaleOutMetrics,
} from "./scenarios/scaleOut.ts";

const quick = process.argv.includes("--quick");
/** `--only live|join|scaleout` runs one group of scenarios (e.g. while working on it). */
const GROUPS = ["live", "join", "scaleout"];
const only = process.argv.includes("--only")
  ? process.argv[process.argv.indexOf("--only") + 1]
  : undefined;
if (only !== undefined && !GROUPS.includes(only)) {
  throw new Error(`--only takes one of ${GROUPS.join(", ")}`);
}
const runs = (group: string) => only === undefined || only === group;

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
  scaleOut: {
    reps: quick ? 1 : 2,
    clients: quick ? 150 : 1500,
    documents: quick ? 50 : 500,
    joinBatch: 100,
    pacedRate: quick ? 150 : 350,
    pacedSeconds: quick ? 3 : 10,
    burstRounds: quick ? 2 : 4,
    idleSeconds: quick ? 1 : 15,
    killSeconds: quick ? 2 : 5,
    lateJoiners: quick ? 5 : 25,
    timeoutMs: 120_000,
  },
};

/**
 * Rembuk on PostgreSQL: one process (the baseline, no Redis: it has nobody to tell), three
 * on Redis with each document's clients spread over them, and three routed by document;
 * and the embedded default. `--quick`: one process and three spread.
 */
const CONFIGURATIONS: ClusterConfiguration[] = [
  {
    id: "one-process",
    label: "1 process",
    processes: 1,
    store: "postgres",
    placement: "spread",
  },
  {
    id: "three-spread",
    label: "3 processes, clients spread",
    processes: 3,
    store: "postgres",
    placement: "spread",
  },
  ...(quick
    ? []
    : [
        {
          id: "three-routed",
          label: "3 processes, routed by document",
          processes: 3,
          store: "postgres",
          placement: "routed",
        } satisfies ClusterConfiguration,
        {
          id: "sqlite",
          label: "1 process, SQLite (the default)",
          processes: 1,
          store: "sqlite",
          placement: "spread",
        } satisfies ClusterConfiguration,
      ]),
];

/** The whole run must stay bounded even if a server hangs. */
const WATCHDOG_MS = 12 * 60_000;

const PEERS: Peer[] = [
  rembukPeer,
  yWebsocketServerMemoryPeer,
  yWebsocketServerLeveldbPeer,
  hocuspocusPeer,
];

async function main() {
  // Each y-websocket client registers a process "exit" listener: one per client at once.
  process.setMaxListeners(plan.scaleOut.clients + 64);
  if (quick) setRedoLimit(0);
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
    if (runs("live")) scenarios.push(...(await runLiveScenarios(root)));
    if (runs("join")) scenarios.push(...(await runJoinScenarios(root)));
    if (runs("scaleout")) scenarios.push(await runScaleOutScenario(root));
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
    configurations: CONFIGURATIONS,
    plan,
    scenarios,
  };
  const dir = path.join("bench", "results");
  mkdirSync(dir, { recursive: true });
  const suffix = `${only ? `-${only}` : ""}${quick ? "-quick" : ""}`;
  const file = path.join(dir, `${results.date.slice(0, 10)}-node-svc${suffix}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const written = [file];
  const peerScenarios = scenarios.filter((s) => s.id !== SCALE_OUT);
  if (!quick && peerScenarios.length > 0) {
    const summary = path.join(dir, "latest.md");
    writeMarkdownSummary(summary, { ...results, scenarios: peerScenarios }, path.basename(file));
    written.push(summary);
  }
  const scaleOut = scenarios.find((s) => s.id === SCALE_OUT);
  if (!quick && scaleOut) {
    const summary = path.join(dir, "scaleout.md");
    writeScaleOutSummary(
      summary,
      results,
      path.basename(file),
      scaleOut,
      CONFIGURATIONS,
      plan.scaleOut,
    );
    written.push(summary);
  }
  log(`wrote ${written.join(", ")} in ${results.durationSeconds} s`);
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

const SCALE_OUT = "scaleout";

/** Rembuk alone against itself: one process, then several on PostgreSQL and Redis. */
function runScaleOutScenario(root: string): Promise<ScenarioResult> {
  const p = plan.scaleOut;
  return runInterleaved(
    {
      id: SCALE_OUT,
      title: "Scale-out",
      description: `${p.clients} clients over ${p.documents} documents (${Math.round(p.clients / p.documents)} each), Rembuk on PostgreSQL (+ Redis for several processes); ${p.idleSeconds} s with nobody typing, ${p.pacedRate} edits/s for ${p.pacedSeconds} s, then ${p.burstRounds} edits per client as fast as possible, then (several processes) the last process SIGKILLed, one edit from each of its clients while they reconnect to the next, and ${p.killSeconds} s more at ${p.pacedRate} edits/s`,
      metrics: scaleOutMetrics,
    },
    CONFIGURATIONS,
    p.reps,
    (configuration, rep) => measureScaleOut(configuration, root, rep, p),
  );
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
