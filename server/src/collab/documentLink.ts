import type { ClusterBus } from "../cluster/index.ts";
import { SequencedChannel } from "../cluster/sequencedChannel.ts";
import type { Logger } from "../logger.ts";
import type { StoredUpdate, UpdateStore } from "../store/index.ts";
import {
  type DocumentMessage,
  decodeDocumentMessage,
  documentChannel,
  encodeDocumentMessage,
} from "./clusterMessages.ts";
import type { DocumentClusterLink, LiveDocument } from "./liveDocument.ts";

export interface DocumentLinkOptions {
  bus: ClusterBus;
  updates: Pick<UpdateStore, "loadSince">;
  log: Logger;
  /** How often a process that published on the document says how much (see SequencedChannel). */
  heartbeatMs?: number;
}

/**
 * One loaded document's link to the same document on the other processes: publishes what this
 * process stored (after commit, so durable before relayed holds everywhere) and its sockets'
 * presence, applies what the others stored without storing it again, and repairs from the store
 * whatever the bus lost.
 *
 * Losses are noticed by the document's sequenced channel (a sender's numbers jump, its heartbeat
 * counts more than arrived, it falls silent — it may have died between storing and publishing —
 * or the link came back after a break) and by a periodic safety net. Each repair reads the rows
 * above a mark (`loadSince`) and applies those this copy does not hold; Yjs would ignore them
 * anyway, skipping them only saves the work. A sender's rows get increasing ids (its writer
 * commits one batch after the other), so after a loss from one sender the repair reads from the
 * last row of its that arrived.
 *
 * Rows can become visible slightly out of id order (concurrent transactions), so the safety net
 * reads from the newest id known two runs ago: a row below that mark and still unseen would have
 * to stay uncommitted for a whole run.
 */
export class DocumentLink implements DocumentClusterLink {
  private readonly channel: SequencedChannel;
  /** The newest row of each sender that reached us. */
  private readonly lastRowOf = new Map<string, number>();
  /**
   * The rows this copy holds above the oldest mark (id → fingerprint of the bytes), so that
   * repairs skip them. The bytes count, not just the id: compaction replaces the newest row of a
   * log with the whole state under the same id.
   */
  private readonly known = new Map<number, number>();
  private maxKnown = 0;
  /** The newest known row id at the last two safety-net runs (the load counts as one), oldest first. */
  private marks: [number, number];
  private repairFrom: number | undefined;
  private repairing: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly live: LiveDocument,
    private readonly options: DocumentLinkOptions,
    loaded: StoredUpdate[],
  ) {
    for (const row of loaded) this.note(row.id, row.data);
    this.marks = [0, this.maxKnown];
    this.channel = new SequencedChannel(options.bus, documentChannel(live.documentId), {
      receive: (payload, fromNode) => this.receive(payload, fromNode),
      missed: (fromNode) => this.missed(fromNode),
      missedWhenSilent: true,
      heartbeatMs: options.heartbeatMs,
    });
    this.publish({ kind: "presenceQuery" });
  }

  get documentId(): string {
    return this.live.documentId;
  }

  stored(update: Uint8Array, rowId: number): void {
    if (this.closed) return;
    this.note(rowId, update);
    this.publish({ kind: "update", rowId, update });
  }

  presenceChanged(update: Uint8Array): void {
    if (!this.closed) this.publish({ kind: "presence", update });
  }

  /** Repairs from the store now, whatever the bus said (the periodic safety net). */
  safetyNet(): Promise<void> {
    const from = this.marks[0];
    this.marks = [this.marks[1], this.maxKnown];
    for (const id of this.known.keys()) if (id <= from) this.known.delete(id);
    this.requestRepair(from);
    return this.repairing ?? Promise.resolve();
  }

  /** Stops listening and publishing: the document left memory. */
  close(): void {
    this.closed = true;
    this.channel.close();
  }

  private receive(payload: Uint8Array, fromNode: string): void {
    if (this.closed) return;
    let message: DocumentMessage;
    try {
      message = decodeDocumentMessage(payload);
    } catch (error) {
      this.options.log.warn({ err: error, documentId: this.documentId }, "bad bus message");
      return;
    }
    switch (message.kind) {
      case "update":
        this.lastRowOf.set(fromNode, Math.max(this.lastRowOf.get(fromNode) ?? 0, message.rowId));
        if (this.holds(message.rowId, message.update)) return;
        this.note(message.rowId, message.update);
        this.live.applyStored([message.update]);
        return;
      case "presence":
        this.live.applyOtherPresence(message.update);
        return;
      case "presenceQuery": {
        const own = this.live.ownPresence();
        if (own) this.publish({ kind: "presence", update: own });
        return;
      }
    }
  }

  /** Messages of `fromNode` were lost — or of anyone, after a break of the link. */
  private missed(fromNode: string | undefined): void {
    if (this.closed) return;
    const lastRow = fromNode === undefined ? undefined : this.lastRowOf.get(fromNode);
    this.requestRepair(lastRow ?? this.marks[0]);
    // After a break, presence announced meanwhile was lost too.
    if (fromNode === undefined) this.publish({ kind: "presenceQuery" });
  }

  private requestRepair(after: number): void {
    this.repairFrom = Math.min(this.repairFrom ?? after, after);
    this.repairing ??= this.repair().finally(() => {
      this.repairing = undefined;
    });
  }

  private async repair(): Promise<void> {
    while (this.repairFrom !== undefined && !this.closed) {
      const after = this.repairFrom;
      this.repairFrom = undefined;
      try {
        const rows = await this.options.updates.loadSince(this.documentId, after);
        const missing = rows.filter((row) => !this.holds(row.id, row.data));
        for (const row of missing) this.note(row.id, row.data);
        if (!this.closed) this.live.applyStored(missing.map((row) => row.data));
        if (missing.length > 0) {
          this.options.log.info(
            { documentId: this.documentId, after, rows: missing.length },
            "repaired from the store what the bus lost",
          );
        }
      } catch (error) {
        // The next loss noticed or the safety net tries again.
        this.options.log.warn(
          { err: error, documentId: this.documentId },
          "repair from the store failed",
        );
      }
    }
  }

  private note(rowId: number, data: Uint8Array): void {
    this.known.set(rowId, fingerprint(data));
    if (rowId > this.maxKnown) this.maxKnown = rowId;
  }

  private holds(rowId: number, data: Uint8Array): boolean {
    return this.known.get(rowId) === fingerprint(data);
  }

  private publish(message: DocumentMessage): void {
    this.channel.send(encodeDocumentMessage(message));
  }
}

/** A cheap checksum of a row's bytes (length and a 31-multiplier hash): tells rows apart by content. */
function fingerprint(data: Uint8Array): number {
  let hash = data.length;
  for (let i = 0; i < data.length; i += 1) hash = (Math.imul(hash, 31) + (data[i] ?? 0)) | 0;
  return hash;
}
