import { setTimeout as sleep } from "node:timers/promises";
import { EditTracker } from "../lib/editTracker.ts";
import { latencyPercentiles } from "../lib/stats.ts";
import {
  assertConverged,
  insertAtRandom,
  seededRandom,
  TEXT_NAME,
  waitForDocs,
  withTimeout,
  yieldToIo,
} from "../lib/ydocs.ts";
import type { PeerClient } from "../peers/types.ts";
import { letter } from "./types.ts";

/** One client of the load: its document's tracker, its place in it, its own random places. */
interface Typist {
  client: PeerClient;
  tracker: EditTracker;
  index: number;
  random: () => number;
  typed: number;
}

/** Deliveries and timing of one phase of typing over every document. */
export interface PhaseOutcome {
  edits: number;
  /** From the first edit until every client of every document held every edit. */
  convergeMs: number;
  /** From the last edit until then. */
  convergeAfterLastMs: number;
  latency: ReturnType<typeof latencyPercentiles>;
}

/** One document of the load and its clients. */
export interface LoadedDocument {
  id: string;
  clients: PeerClient[];
}

/**
 * Many documents with a few clients each, all in this process: one edit tracker per
 * document, so a delivery counts only between clients of the same document.
 */
export class ManyDocuments {
  private readonly typists: Typist[] = [];
  private readonly trackers: EditTracker[] = [];

  constructor(
    readonly documents: readonly LoadedDocument[],
    seed: number,
  ) {
    documents.forEach(({ clients }, d) => {
      const tracker = new EditTracker(clients.map((c) => c.doc));
      this.trackers.push(tracker);
      clients.forEach((client, index) => {
        const random = seededRandom(seed * 100_000 + d * 10 + index);
        this.typists.push({ client, tracker, index, random, typed: 0 });
      });
    });
  }

  /** Every client, document by document. */
  get clients(): PeerClient[] {
    return this.documents.flatMap((d) => d.clients);
  }

  /**
   * Types `edits` one-character edits at `rate` edits/s in total, the clients taking
   * turns in a fixed shuffled order, and resolves once every client holds every edit.
   */
  async typePaced(edits: number, rate: number, timeoutMs: number): Promise<PhaseOutcome> {
    const order = shuffled(this.typists.length, edits);
    return this.phase(edits, timeoutMs, async () => {
      const start = performance.now();
      let i = 0;
      while (i < edits) {
        const wait = start + (i * 1000) / rate - performance.now();
        if (wait > 1) await sleep(wait);
        else await yieldToIo();
        const now = performance.now() + 1;
        for (; i < edits && start + (i * 1000) / rate <= now; i++) {
          this.edit(this.typists[order[i % order.length] ?? 0]);
        }
      }
    });
  }

  /** Every client edits once per round, `rounds` times, as fast as they can. */
  async typeBurst(rounds: number, timeoutMs: number): Promise<PhaseOutcome> {
    return this.phase(rounds * this.typists.length, timeoutMs, async () => {
      for (let round = 0; round < rounds; round++) {
        for (const typist of this.typists) this.edit(typist);
        await yieldToIo();
      }
    });
  }

  /** One edit from each of `clients` (synchronously, whatever their sockets' state). */
  editOnceEach(clients: ReadonlySet<PeerClient>): void {
    for (const typist of this.typists) if (clients.has(typist.client)) this.edit(typist);
  }

  /** What every client has sent so far, to wait for with {@link whenCaughtUp}. */
  sentCounts(): number[][] {
    return this.trackers.map((t) => t.sentCounts());
  }

  /** Resolves with the time every client held the edits counted in `counts`. */
  async whenCaughtUp(counts: number[][]): Promise<number> {
    const times = await Promise.all(this.trackers.map((t, d) => t.whenCaughtUp(counts[d] ?? [])));
    return Math.max(...times);
  }

  /**
   * Throws unless every document's clients hold one text with every edit made on it,
   * and a late joiner (`connect`) of a sample of documents gets that text from the server.
   */
  async assertConverged(
    connect: (documentId: string) => PeerClient,
    sample: number,
    timeoutMs: number,
  ): Promise<void> {
    this.documents.forEach(({ clients }, d) => {
      const tracker = this.trackers[d];
      const expected = tracker?.sentCounts().reduce((a, b) => a + b, 0);
      assertConverged(
        clients.map((c) => c.doc),
        `document ${d}`,
        expected,
      );
    });
    const step = Math.max(1, Math.floor(this.documents.length / sample));
    for (let d = 0; d < this.documents.length; d += step) {
      const { id, clients } = this.documents[d] ?? { id: "", clients: [] };
      const expected = clients[0]?.doc.getText(TEXT_NAME).toString() ?? "";
      const late = connect(id);
      try {
        await withTimeout(late.synced, timeoutMs, "late joiner sync");
        const text = late.doc.getText(TEXT_NAME);
        await waitForDocs(
          [late.doc],
          () => text.length >= expected.length,
          timeoutMs,
          "late joiner",
        );
        if (text.toString() !== expected) throw new Error(`document ${d}: late joiner differs`);
      } finally {
        late.destroy();
      }
    }
  }

  dispose(): void {
    for (const tracker of this.trackers) tracker.dispose();
    for (const client of this.clients) client.destroy();
  }

  private edit(typist: Typist | undefined): void {
    if (!typist) return;
    typist.tracker.edit(typist.index, (doc) =>
      insertAtRandom(doc, typist.random, letter(typist.typed++)),
    );
  }

  /** Runs `type`, then waits until every client holds every edit, with the phase's deliveries. */
  private async phase(
    edits: number,
    timeoutMs: number,
    type: () => Promise<void>,
  ): Promise<PhaseOutcome> {
    const firstDelivery = this.trackers.map((t) => t.latencies.length);
    const started = performance.now();
    await withTimeout(type(), timeoutMs, "typing");
    const lastEditAt = performance.now();
    const converged = await withTimeout(
      Promise.all(this.trackers.map((t) => t.whenAllSeen())),
      timeoutMs,
      "every document converging",
    );
    const convergedAt = Math.max(lastEditAt, ...converged);
    const latencies = this.trackers.flatMap((t, d) => t.latencies.slice(firstDelivery[d]));
    return {
      edits,
      convergeMs: convergedAt - started,
      convergeAfterLastMs: convergedAt - lastEditAt,
      latency: latencyPercentiles(latencies),
    };
  }
}

/** `count` indices of `size` typists in a fixed shuffled order, each typist once per cycle. */
function shuffled(size: number, count: number): number[] {
  const random = seededRandom(size);
  const order = Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return count < size ? order.slice(0, count) : order;
}
