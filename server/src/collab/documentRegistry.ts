import { setTimeout as delay } from "node:timers/promises";
import * as Y from "yjs";
import { CloseCode } from "../../../shared/protocol/index.ts";
import type { Logger } from "../logger.ts";
import type { UpdateStore } from "../store/index.ts";
import type { CollabCluster } from "./collabCluster.ts";
import { LiveDocument } from "./liveDocument.ts";
import type { UpdateWriter } from "./updateWriter.ts";

interface Entry {
  /** Settles when the document is in memory (or its load failed). */
  ready: Promise<LiveDocument>;
  /** Sockets holding or waiting for this document. */
  leases: number;
  unloadTimer?: NodeJS.Timeout;
  unloading?: Promise<void>;
}

/** A socket's hold on a document: the document once loaded, and a way to let go. */
export interface DocumentLease {
  ready: Promise<LiveDocument>;
  release(): void;
}

export interface DocumentRegistryOptions {
  updates: UpdateStore;
  writer: UpdateWriter;
  log: Logger;
  unloadGraceMs: number;
  loadDelayMs?: number;
  /** The other processes on the same store (scale-out); absent when this process is alone. */
  cluster?: CollabCluster;
}

/**
 * Keeps each document in memory while anyone uses it: loaded once on the first
 * connection (everyone who arrives meanwhile waits for the same load), unloaded
 * after the last one has been gone for a grace period and its changes are on disk.
 */
export class DocumentRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: DocumentRegistryOptions) {}

  /** Number of documents in memory or loading. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Takes a lease on a document, loading it if needed. The lease belongs to this
   * load of the document: releasing it after the load failed or the document was
   * evicted touches nothing else, so a late close can never take away someone
   * else's lease. Release it exactly when the socket goes, also if `ready` rejects.
   */
  acquire(documentId: string): DocumentLease {
    let entry = this.entries.get(documentId);
    if (!entry) {
      const created: Entry = { ready: this.load(documentId), leases: 0 };
      this.entries.set(documentId, created);
      created.ready.catch(() => {
        if (this.entries.get(documentId) === created) this.entries.delete(documentId);
      });
      entry = created;
    }
    const held = entry;
    held.leases += 1;
    clearTimeout(held.unloadTimer);
    held.unloadTimer = undefined;
    let released = false;
    return {
      ready: held.ready,
      release: () => {
        if (released) return;
        released = true;
        this.release(documentId, held);
      },
    };
  }

  private release(documentId: string, entry: Entry): void {
    entry.leases -= 1;
    if (entry.leases > 0 || this.entries.get(documentId) !== entry) return;
    entry.unloadTimer = setTimeout(() => {
      entry.unloadTimer = undefined;
      entry.unloading ??= this.unload(documentId, entry).finally(() => {
        entry.unloading = undefined;
      });
    }, this.options.unloadGraceMs);
    entry.unloadTimer.unref?.();
  }

  /** Closes every socket with `code` and unloads every document after flushing it. */
  async shutdown(code: number, reason: string): Promise<void> {
    const loaded = await Promise.allSettled([...this.entries.values()].map((e) => e.ready));
    for (const result of loaded) {
      if (result.status !== "fulfilled") continue;
      for (const peer of result.value.allPeers()) peer.close(code, reason);
    }
    await this.options.writer.flush();
    for (const [documentId, entry] of this.entries) {
      clearTimeout(entry.unloadTimer);
      this.entries.delete(documentId);
      this.options.writer.forget(documentId);
      this.options.cluster?.unlink(documentId);
      entry.ready.then(
        (live) => live.destroy(),
        () => undefined,
      );
    }
  }

  private async load(documentId: string): Promise<LiveDocument> {
    const { updates, writer, log, loadDelayMs, cluster } = this.options;
    const started = performance.now();
    if (loadDelayMs) await delay(loadDelayMs);
    // With the row ids, the other processes' relays and repairs skip what this load holds.
    const stored = cluster ? await updates.loadSince(documentId, 0) : undefined;
    const data = stored ? stored.map((row) => row.data) : await updates.load(documentId);
    let live: LiveDocument;
    try {
      live = LiveDocument.fromStored(documentId, data, writer, log, (failed) => this.evict(failed));
    } catch (error) {
      log.error({ err: error, documentId }, "document could not be loaded; nothing was stored");
      throw error;
    }
    writer.noteLoaded(documentId, data.length, () => Y.encodeStateAsUpdate(live.doc));
    if (stored) cluster?.link(live, stored);
    log.info(
      { documentId, updates: data.length, ms: Math.round(performance.now() - started) },
      "document loaded",
    );
    return live;
  }

  private async unload(documentId: string, entry: Entry): Promise<void> {
    const live = await entry.ready;
    await live.whenDurable();
    await this.options.writer.flush();
    // Someone came back while we flushed: keep the document.
    if (entry.leases > 0 || this.entries.get(documentId) !== entry) return;
    this.entries.delete(documentId);
    this.options.writer.forget(documentId);
    this.options.cluster?.unlink(documentId);
    live.destroy();
    this.options.log.info({ documentId }, "document unloaded");
  }

  /** Drops a document whose changes could not be stored; its clients resync from the store. */
  private evict(live: LiveDocument): void {
    const entry = this.entries.get(live.documentId);
    if (entry) {
      clearTimeout(entry.unloadTimer);
      this.entries.delete(live.documentId);
    }
    this.options.writer.forget(live.documentId);
    this.options.cluster?.unlink(live.documentId);
    for (const peer of live.allPeers()) peer.close(CloseCode.documentUnavailable, "storage error");
    live.destroy();
  }
}
