import type { ClusterBus } from "../cluster/index.ts";
import type { Logger } from "../logger.ts";
import type { StoredUpdate, UpdateStore } from "../store/index.ts";
import {
  decodeHeartbeat,
  documentChannel,
  encodeHeartbeat,
  HEARTBEAT_CHANNEL,
} from "./clusterMessages.ts";
import { DocumentLink } from "./documentLink.ts";
import type { LiveDocument } from "./liveDocument.ts";

export interface CollabClusterOptions {
  bus: ClusterBus;
  updates: Pick<UpdateStore, "loadSince">;
  log: Logger;
  /** How often this process says how far it published (default 1 s). */
  heartbeatMs?: number;
  /** A process not heard for this long is taken for gone (default 5 heartbeats). */
  silenceMs?: number;
  /** How often every loaded document is repaired from the store whatever happened (default 30 s). */
  safetyNetMs?: number;
}

/**
 * Collaboration across the processes that serve one store: links each document loaded here to
 * the same document on the others through the bus (subscribed only while it is loaded), beats
 * once a second with how far this process published on each document it changed, and
 * repairs documents from the store when a process falls silent, when the bus comes back after a
 * break, and periodically as a safety net.
 */
export class CollabCluster {
  private readonly links = new Map<string, { link: DocumentLink; unsubscribe: () => void }>();
  /** When each other process was last heard (any message). */
  private readonly lastHeard = new Map<string, number>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly offs: (() => void)[] = [];
  private safetyNetRunning = false;

  constructor(private readonly options: CollabClusterOptions) {
    const { bus, heartbeatMs = 1000, safetyNetMs = 30_000 } = options;
    const silenceMs = options.silenceMs ?? heartbeatMs * 5;
    this.offs.push(
      bus.subscribe(HEARTBEAT_CHANNEL, (payload, fromNode) => this.receiveBeat(payload, fromNode)),
      bus.onReconnect(() => {
        for (const { link } of this.links.values()) {
          void link.safetyNet();
          link.queryPresence();
        }
      }),
    );
    this.timers.push(
      setInterval(() => this.beat(silenceMs), heartbeatMs),
      setInterval(() => void this.safetyNet(), safetyNetMs),
    );
    for (const timer of this.timers) timer.unref();
  }

  /** Links a freshly loaded document (built from `loaded`) to the other processes. */
  link(live: LiveDocument, loaded: StoredUpdate[]): void {
    const { bus, updates, log } = this.options;
    this.unlink(live.documentId);
    const link = new DocumentLink(live, bus, updates, log, loaded);
    const unsubscribe = bus.subscribe(documentChannel(live.documentId), (payload, fromNode) => {
      this.lastHeard.set(fromNode, Date.now());
      link.receive(payload, fromNode);
    });
    this.links.set(live.documentId, { link, unsubscribe });
    live.linkCluster(link);
    link.queryPresence();
  }

  /** Stops listening for a document that leaves memory. */
  unlink(documentId: string): void {
    const entry = this.links.get(documentId);
    if (!entry) return;
    this.links.delete(documentId);
    entry.unsubscribe();
    entry.link.close();
  }

  /** Repairs every loaded document from the store now; resolves when done (tests, reconnects). */
  async repairAll(): Promise<void> {
    await Promise.all([...this.links.values()].map(({ link }) => link.safetyNet()));
  }

  /** Stops beating and listening; documents stay loaded (the registry unloads them). */
  close(): void {
    for (const timer of this.timers) clearInterval(timer);
    for (const off of this.offs) off();
    for (const documentId of [...this.links.keys()]) this.unlink(documentId);
  }

  private beat(silenceMs: number): void {
    const marks = [];
    for (const { link } of this.links.values()) {
      const mark = link.beat();
      if (mark) marks.push(mark);
    }
    // Sent even when empty: the others take silence for a process that went away.
    this.options.bus.publish(HEARTBEAT_CHANNEL, encodeHeartbeat(marks));
    const now = Date.now();
    for (const [node, heard] of this.lastHeard) {
      if (now - heard <= silenceMs) continue;
      this.lastHeard.delete(node);
      for (const { link } of this.links.values()) link.senderGone(node);
    }
  }

  private receiveBeat(payload: Uint8Array, fromNode: string): void {
    this.lastHeard.set(fromNode, Date.now());
    let marks: ReturnType<typeof decodeHeartbeat>;
    try {
      marks = decodeHeartbeat(payload);
    } catch (error) {
      this.options.log.warn({ err: error, fromNode }, "bad heartbeat");
      return;
    }
    for (const mark of marks)
      this.links.get(mark.documentId)?.link.heard(fromNode, mark.epoch, mark.seq);
  }

  /** Repairs one document after the other, so that the net never floods the store's pool. */
  private async safetyNet(): Promise<void> {
    if (this.safetyNetRunning) return;
    this.safetyNetRunning = true;
    try {
      for (const { link } of [...this.links.values()]) await link.safetyNet();
    } finally {
      this.safetyNetRunning = false;
    }
  }
}
