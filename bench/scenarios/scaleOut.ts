import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type CpuReading, startCpuMeter } from "../lib/cpuMeter.ts";
import { log } from "../lib/repeat.ts";
import { withTimeout } from "../lib/ydocs.ts";
import { type RembukCluster, startRembukCluster } from "../peers/rembukCluster.ts";
import type { PeerClient } from "../peers/types.ts";
import { ManyDocuments, type PhaseOutcome } from "./manyDocuments.ts";
import { contextMetrics, type MetricSpec, type RepRecord } from "./types.ts";

/** How many Rembuk processes serve the load, and how clients find theirs. */
export interface ClusterConfiguration {
  id: string;
  label: string;
  processes: number;
  /** `postgres`: PostgreSQL (+ Redis for several processes); `sqlite`: the embedded default. */
  store: "postgres" | "sqlite";
  /**
   * `spread`: a document's clients on different processes (what round-robin balancing
   * does), so every edit crosses Redis; `routed`: all of a document's clients on one
   * process (what hashing the document id at the proxy does).
   */
  placement: "spread" | "routed";
}

export interface ScaleOutOptions {
  clients: number;
  documents: number;
  /** Sockets opened at once while clients join. */
  joinBatch: number;
  /** Offered load of the paced phase, edits/s over all clients, and its length. */
  pacedRate: number;
  pacedSeconds: number;
  /** Edits per client in the as-fast-as-possible phase. */
  burstRounds: number;
  /**
   * Seconds with every client joined and nobody typing: what holding them costs (the
   * clients' presence renewals every 15 s, socket keep-alive).
   */
  idleSeconds: number;
  /** Seconds of paced typing after one process was SIGKILLed. */
  killSeconds: number;
  /** Documents a late joiner reads back at the end. */
  lateJoiners: number;
  timeoutMs: number;
}

const ms = (key: string, label: string, headline = false): MetricSpec => ({
  key,
  label,
  unit: "ms",
  better: "lower",
  headline,
});

export const scaleOutMetrics: MetricSpec[] = [
  {
    key: "pacedEditsPerSecond",
    label: "paced: edits/s delivered",
    unit: "edits/s",
    better: "higher",
  },
  ms("fanoutP50", "paced: fan-out latency p50"),
  ms("fanoutP99", "paced: fan-out latency p99", true),
  {
    key: "pacedServerCores",
    label: "paced: Rembuk CPU, cores",
    unit: "cores",
    better: "lower",
    headline: true,
  },
  {
    key: "pacedServerCpuPerEdit",
    label: "paced: Rembuk CPU per edit",
    unit: "ms/edit",
    better: "lower",
  },
  {
    key: "pacedServicesCpuPerEdit",
    label: "paced: PostgreSQL + Redis CPU per edit",
    unit: "ms/edit",
    better: "lower",
  },
  {
    key: "burstEditsPerSecond",
    label: "as fast as possible: edits/s delivered",
    unit: "edits/s",
    better: "higher",
    headline: true,
  },
  ms("burstP99", "as fast as possible: fan-out latency p99"),
  {
    key: "burstServerCpuPerEdit",
    label: "as fast as possible: Rembuk CPU per edit",
    unit: "ms/edit",
    better: "lower",
  },
  ms("joinMs", "all clients joined and synced"),
  {
    key: "serverMemoryMB",
    label: "Rembuk resident memory with every client joined",
    unit: "MB",
    better: "lower",
  },
  {
    key: "idleServerCores",
    label: "every client joined, nobody typing: Rembuk CPU, cores",
    unit: "cores",
    better: "lower",
  },
  {
    key: "memoryPerClientKB",
    label: "Rembuk memory per joined client",
    unit: "KB",
    better: "lower",
  },
  ms("killRecoverMs", "SIGKILL of one process: its clients' next edits everywhere", true),
  ms("afterKillP99", "after the SIGKILL: paced fan-out latency p99"),
  ...contextMetrics,
];

/**
 * One repetition on a fresh cluster: clients join (3 per document), type at a paced
 * rate, then as fast as they can, then (several processes) one process is SIGKILLed and
 * its clients reconnect to the next process, and paced typing goes on. Every
 * phase ends only when every client of every document holds every edit; at the end
 * every document's texts are compared and late joiners read a sample back.
 */
export async function measureScaleOut(
  configuration: ClusterConfiguration,
  root: string,
  rep: number,
  options: ScaleOutOptions,
): Promise<RepRecord> {
  const dataRoot = mkdtempSync(path.join(root, `${configuration.id}-`));
  const cluster = await startRembukCluster({
    processes: configuration.processes,
    store: configuration.store,
    root: dataRoot,
    maxSocketsPerAccount: options.clients * 2,
  });
  let load: ManyDocuments | undefined;
  try {
    const idleRss = cluster.rssBytes();
    const joinStarted = performance.now();
    const joined = await joinClients(cluster, configuration, rep, options);
    load = joined.load;
    const joinMs = performance.now() - joinStarted;
    const rss = cluster.rssBytes();
    const idle = startCpuMeter(cluster.servers, cluster.services);
    await sleep(options.idleSeconds * 1000);
    const idleCpu = idle();

    const typing = load;
    const paced = await measured(cluster, () =>
      typing.typePaced(
        options.pacedRate * options.pacedSeconds,
        options.pacedRate,
        options.timeoutMs,
      ),
    );
    const burst = await measured(cluster, () =>
      typing.typeBurst(options.burstRounds, options.timeoutMs),
    );
    const kill =
      configuration.processes > 1
        ? await killOne(cluster, typing, joined.homes.get(cluster.size - 1) ?? new Set(), options)
        : {};
    await load.assertConverged(
      (documentId) => cluster.connect(documentId, 0),
      options.lateJoiners,
      options.timeoutMs,
    );
    return {
      joinMs,
      serverMemoryMB: rss / 2 ** 20,
      memoryPerClientKB: (rss - idleRss) / 1024 / options.clients,
      idleServerCores: idleCpu.serverCpuMs / (options.idleSeconds * 1000),
      pacedEditsPerSecond: perSecond(paced.outcome),
      fanoutP50: paced.outcome.latency.p50,
      fanoutP95: paced.outcome.latency.p95,
      fanoutP99: paced.outcome.latency.p99,
      pacedServerCores: paced.cpu.serverCpuMs / paced.outcome.convergeMs,
      pacedServerCpuPerEdit: paced.cpu.serverCpuMs / paced.outcome.edits,
      // SQLite has no services: its writes are in Rembuk's own CPU.
      ...(configuration.store === "postgres" && {
        pacedServicesCpuPerEdit: paced.cpu.servicesCpuMs / paced.outcome.edits,
      }),
      burstEditsPerSecond: perSecond(burst.outcome),
      burstP99: burst.outcome.latency.p99,
      burstServerCpuPerEdit: burst.cpu.serverCpuMs / burst.outcome.edits,
      ...kill,
      harnessCpuShare: Math.max(paced.cpu.harnessCpuShare, burst.cpu.harnessCpuShare),
      foreignCpuShare: Math.max(paced.cpu.foreignCpuShare, burst.cpu.foreignCpuShare),
    };
  } finally {
    load?.dispose();
    await cluster.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

/**
 * Creates the documents and joins their clients a batch at a time, each batch synced
 * before the next opens: client `j` of document `d` goes to process `d + j` (spread)
 * or `d` (routed), modulo the number of processes.
 */
async function joinClients(
  cluster: RembukCluster,
  configuration: ClusterConfiguration,
  rep: number,
  options: ScaleOutOptions,
): Promise<{ load: ManyDocuments; homes: Map<number, Set<PeerClient>> }> {
  const ids: string[] = [];
  const creating = 8;
  for (let d = 0; d < options.documents; d += creating) {
    const batch = Math.min(creating, options.documents - d);
    ids.push(...(await Promise.all(Array.from({ length: batch }, () => cluster.newDocument()))));
  }
  const perDocument = Math.round(options.clients / options.documents);
  const documents = ids.map((id) => ({ id, clients: [] as PeerClient[] }));
  const pending: { documentId: string; home: number; into: PeerClient[] }[] = [];
  const homes = new Map<number, Set<PeerClient>>();
  documents.forEach(({ id, clients }, d) => {
    for (let j = 0; j < perDocument; j++) {
      const home = (configuration.placement === "spread" ? d + j : d) % cluster.size;
      pending.push({ documentId: id, home, into: clients });
    }
  });
  try {
    for (let i = 0; i < pending.length; i += options.joinBatch) {
      const batch = pending.slice(i, i + options.joinBatch).map(({ documentId, home, into }) => {
        const client = cluster.connect(documentId, home);
        into.push(client);
        homes.set(home, (homes.get(home) ?? new Set()).add(client));
        return client.synced;
      });
      await withTimeout(Promise.all(batch), options.timeoutMs, "clients joining");
    }
  } catch (error) {
    for (const { clients } of documents) for (const client of clients) client.destroy();
    throw error;
  }
  return { load: new ManyDocuments(documents, rep), homes };
}

/** Runs one phase under a CPU meter covering every Rembuk process and its services. */
async function measured(
  cluster: RembukCluster,
  phase: () => Promise<PhaseOutcome>,
): Promise<{ outcome: PhaseOutcome; cpu: CpuReading }> {
  const stop = startCpuMeter(cluster.servers, cluster.services);
  const outcome = await phase();
  return { outcome, cpu: stop() };
}

/**
 * SIGKILLs the last process; right away each client that was on it makes one edit (its
 * socket is dead: the edit waits in the client). How long until every client holds every
 * edit made up to then: the dead process's clients notice, reconnect to the next process
 * (y-websocket's own backoff), sync, and their edits travel on. Then paced typing goes on
 * without that process.
 */
async function killOne(
  cluster: RembukCluster,
  load: ManyDocuments,
  victims: ReadonlySet<PeerClient>,
  options: ScaleOutOptions,
): Promise<RepRecord> {
  const killedAt = performance.now();
  await cluster.kill(cluster.size - 1);
  load.editOnceEach(victims);
  const recoveredAt = await withTimeout(
    load.whenCaughtUp(load.sentCounts()),
    options.timeoutMs,
    "every edit everywhere after the kill",
  );
  log(
    `killed process ${cluster.size}: its ${victims.size} clients' edits everywhere ${Math.round(recoveredAt - killedAt)} ms later`,
  );
  const after = await load.typePaced(
    options.pacedRate * options.killSeconds,
    options.pacedRate,
    options.timeoutMs,
  );
  return { killRecoverMs: recoveredAt - killedAt, afterKillP99: after.latency.p99 };
}

function perSecond(outcome: PhaseOutcome): number {
  return (outcome.edits * 1000) / outcome.convergeMs;
}
