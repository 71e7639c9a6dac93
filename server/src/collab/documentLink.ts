import { randomInt } from "node:crypto";
import type { ClusterBus } from "../cluster/index.ts";
import type { Logger } from "../logger.ts";
import type { StoredUpdate, UpdateStore } from "../store/index.ts";
import {
  type DocumentMessage,
  decodeDocumentMessage,
  documentChannel,
  encodeDocumentMessage,
  type PublishedMark,
} from "./clusterMessages.ts";
import type { DocumentClusterLink, LiveDocument } from "./liveDocument.ts";

/** How far this copy has heard one load of the document on another process. */
interface Sender {
  lastSeq: number;
  /** The newest row it relayed that reached us: everything it stored later has a higher id. */
  lastRowId: number | undefined;
}

/**
 * One loaded document's link to the same document on the other processes: publishes what this
 * process stored (after commit, so durable before relayed holds everywhere) and its sockets'
 * presence, applies what the others stored without storing it again, and repairs from the store
 * whatever the bus lost.
 *
 * Gaps are found three ways: a jump in a sender's sequence (or a heartbeat naming a later one),
 * a sender falling silent (it may have died between storing and publishing), and a periodic
 * safety net. Each repair reads the rows above a mark (`loadSince`) and applies those this copy
 * has not seen; Yjs would ignore them anyway, the row ids only save the work.
 *
 * Rows can become visible slightly out of id order (concurrent transactions), so the safety net
 * reads from the newest id known two runs ago: a row below that mark and still unseen would have
 * to stay uncommitted for a whole run.
 */
export class DocumentLink implements DocumentClusterLink {
  /** This load of the document on this process; another load starts its sequence afresh. */
  readonly epoch = randomInt(1, 2 ** 31);
  private seq = 0;
  private readonly senders = new Map<string, Sender>();
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
    private readonly bus: ClusterBus,
    private readonly updates: Pick<UpdateStore, "loadSince">,
    private readonly log: Logger,
    loaded: StoredUpdate[],
  ) {
    for (const row of loaded) this.note(row.id, row.data);
    this.marks = [0, this.maxKnown];
  }

  get documentId(): string {
    return this.live.documentId;
  }

  stored(update: Uint8Array, rowId: number): void {
    if (this.closed) return;
    this.note(rowId, update);
    this.seq += 1;
    this.publish({ kind: "update", epoch: this.epoch, seq: this.seq, rowId, update });
  }

  presenceChanged(update: Uint8Array): void {
    if (!this.closed) this.publish({ kind: "presence", update });
  }

  /** Asks the other processes for their sockets' presence (after loading, after a reconnect). */
  queryPresence(): void {
    this.publish({ kind: "presenceQuery" });
  }

  /** Acts on a message another process published on this document's channel. */
  receive(payload: Uint8Array, fromNode: string): void {
    if (this.closed) return;
    let message: DocumentMessage;
    try {
      message = decodeDocumentMessage(payload);
    } catch (error) {
      this.log.warn({ err: error, documentId: this.documentId, fromNode }, "bad bus message");
      return;
    }
    switch (message.kind) {
      case "update":
        this.track(fromNode, message.epoch, message.seq, message.rowId);
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

  /** A heartbeat said how far `fromNode` has published on this document. */
  heard(fromNode: string, epoch: number, seq: number): void {
    if (this.closed) return;
    const key = `${fromNode}/${epoch}`;
    const sender = this.senders.get(key);
    if (!sender) {
      this.senders.set(key, { lastSeq: seq, lastRowId: undefined });
      this.requestRepair(this.marks[0]);
    } else if (seq > sender.lastSeq) {
      this.requestRepair(sender.lastRowId ?? this.marks[0]);
      sender.lastSeq = seq;
    }
  }

  /** `fromNode` fell silent: it may have stored rows it never published. */
  senderGone(fromNode: string): void {
    let had = false;
    for (const key of this.senders.keys()) {
      if (!key.startsWith(`${fromNode}/`)) continue;
      this.senders.delete(key);
      had = true;
    }
    if (had) this.requestRepair(this.marks[0]);
  }

  /**
   * This document's mark for the next heartbeat, once this process published on it: repeated
   * every beat, so that however many messages in a row are lost, the loss shows within a beat.
   */
  beat(): PublishedMark | undefined {
    if (this.seq === 0) return undefined;
    return { documentId: this.documentId, epoch: this.epoch, seq: this.seq };
  }

  /** Messages may have been lost (the bus came back, or as a periodic safety net): repairs. */
  safetyNet(): Promise<void> {
    const from = this.marks[0];
    this.marks = [this.marks[1], this.maxKnown];
    for (const id of this.known.keys()) if (id <= from) this.known.delete(id);
    this.requestRepair(from);
    return this.repairing ?? Promise.resolve();
  }

  /** Resolves once every repair asked for so far has run. */
  async settled(): Promise<void> {
    while (this.repairing) await this.repairing;
  }

  close(): void {
    this.closed = true;
  }

  private track(fromNode: string, epoch: number, seq: number, rowId: number): void {
    const key = `${fromNode}/${epoch}`;
    const sender = this.senders.get(key);
    if (!sender) {
      this.senders.set(key, { lastSeq: seq, lastRowId: rowId });
      // Its earlier messages may have been published before we listened, or lost.
      if (seq > 1) this.requestRepair(this.marks[0]);
      return;
    }
    if (seq > sender.lastSeq + 1) this.requestRepair(sender.lastRowId ?? this.marks[0]);
    sender.lastSeq = Math.max(sender.lastSeq, seq);
    sender.lastRowId = Math.max(sender.lastRowId ?? 0, rowId);
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
        const rows = await this.updates.loadSince(this.documentId, after);
        const missing = rows.filter((row) => !this.holds(row.id, row.data));
        for (const row of missing) this.note(row.id, row.data);
        if (!this.closed) this.live.applyStored(missing.map((row) => row.data));
        if (missing.length > 0) {
          this.log.info(
            { documentId: this.documentId, after, rows: missing.length },
            "repaired from the store what the bus lost",
          );
        }
      } catch (error) {
        // The next gap, heartbeat or safety-net run tries again.
        this.log.warn({ err: error, documentId: this.documentId }, "repair from the store failed");
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
    this.bus.publish(documentChannel(this.documentId), encodeDocumentMessage(message));
  }
}

/** A cheap checksum of a row's bytes (length and a 31-multiplier hash): tells rows apart by content. */
function fingerprint(data: Uint8Array): number {
  let hash = data.length;
  for (let i = 0; i < data.length; i += 1) hash = (Math.imul(hash, 31) + (data[i] ?? 0)) | 0;
  return hash;
}
