import type { ClusterBus } from "../cluster/index.ts";
import type { Logger } from "../logger.ts";
import type { StoredUpdate, UpdateStore } from "../store/index.ts";
import { DocumentLink } from "./documentLink.ts";
import type { LiveDocument } from "./liveDocument.ts";

export interface CollabClusterOptions {
  bus: ClusterBus;
  updates: Pick<UpdateStore, "loadSince">;
  log: Logger;
  /**
   * How often a process that published on a document says how much (default: SequencedChannel's, 5 s). Losses
   * in the middle of typing show at the next message; this bounds how late a lost last
   * message is noticed, at one message per document and process per beat.
   */
  heartbeatMs?: number;
  /** How often every loaded document is repaired from the store whatever happened (default 30 s). */
  safetyNetMs?: number;
}

/**
 * Collaboration across the processes that serve one store: links each document loaded here to
 * the same document on the others through the bus — subscribed only while it is loaded — and
 * runs the periodic safety net that repairs every loaded document from the store.
 */
export class CollabCluster {
  private readonly links = new Map<string, DocumentLink>();
  private readonly timer: NodeJS.Timeout;
  private safetyNetRunning = false;

  constructor(private readonly options: CollabClusterOptions) {
    this.timer = setInterval(() => void this.safetyNet(), options.safetyNetMs ?? 30_000);
    this.timer.unref();
  }

  /** Links a freshly loaded document (built from `loaded`) to the other processes. */
  link(live: LiveDocument, loaded: StoredUpdate[]): void {
    const { bus, updates, log, heartbeatMs } = this.options;
    this.unlink(live.documentId);
    const link = new DocumentLink(live, { bus, updates, log, heartbeatMs }, loaded);
    this.links.set(live.documentId, link);
    live.linkCluster(link);
  }

  /** Stops listening for a document that leaves memory. */
  unlink(documentId: string): void {
    this.links.get(documentId)?.close();
    this.links.delete(documentId);
  }

  /** Stops the safety net and every link; documents stay loaded (the registry unloads them). */
  close(): void {
    clearInterval(this.timer);
    for (const documentId of [...this.links.keys()]) this.unlink(documentId);
  }

  /** Repairs one document after the other, so that the net never floods the store's pool. */
  private async safetyNet(): Promise<void> {
    if (this.safetyNetRunning) return;
    this.safetyNetRunning = true;
    try {
      for (const link of [...this.links.values()]) await link.safetyNet();
    } finally {
      this.safetyNetRunning = false;
    }
  }
}
