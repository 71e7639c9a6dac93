import type { Logger } from "../logger.ts";
import type { UpdateStore } from "../store/index.ts";

interface QueuedWrite {
  documentId: string;
  data: Uint8Array;
  resolve: (rowId: number) => void;
  reject: (error: unknown) => void;
}

/** Upper bound on updates committed in one transaction. */
const MAX_BATCH = 2000;

/**
 * Group commit for the update log: every update waits for the transaction that
 * carries it, and while one transaction commits the next batch gathers, so a
 * burst of keystrokes from many people costs one fsync instead of one each.
 * It also compacts a document's log once it passes the threshold.
 */
export class UpdateWriter {
  private queue: QueuedWrite[] = [];
  private draining: Promise<void> | null = null;
  /** Rows each document has in the log, as far as this process has counted. */
  private rowCounts = new Map<string, number>();
  /** Encodes the live copy of each loaded document, for compaction without replaying the log. */
  private stateSources = new Map<string, () => Uint8Array>();

  constructor(
    private readonly store: UpdateStore,
    private readonly compactionThreshold: number,
    private readonly log: Logger,
  ) {}

  /**
   * Tells the writer about a freshly loaded document: how many rows it has and how
   * to encode its live copy. The live copy was built from every stored row and has
   * emitted every row stored since, so its state covers the whole log, and
   * compaction can store it instead of replaying the log — a few milliseconds
   * instead of a pause that grows with the document. (Anything it holds that is
   * still queued gets stored twice, which Yjs ignores.)
   */
  noteLoaded(documentId: string, rows: number, encodeState?: () => Uint8Array): void {
    this.rowCounts.set(documentId, rows);
    if (encodeState) this.stateSources.set(documentId, encodeState);
  }

  /** Forgets a document that left memory. */
  forget(documentId: string): void {
    this.rowCounts.delete(documentId);
    this.stateSources.delete(documentId);
  }

  /**
   * Queues an update; the promise settles when it is committed (or its transaction failed), with
   * the id of its row in the log (the bus tells other processes which row they received).
   */
  write(documentId: string, data: Uint8Array): Promise<number> {
    const written = new Promise<number>((resolve, reject) => {
      this.queue.push({ documentId, data, resolve, reject });
    });
    this.draining ??= this.drain();
    return written;
  }

  /** Resolves once everything queued so far is committed. */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        let rowIds: number[];
        try {
          rowIds = await this.store.append(batch);
        } catch (error) {
          this.log.error({ err: error, updates: batch.length }, "storing updates failed");
          for (const write of batch) write.reject(error);
          continue;
        }
        batch.forEach((write, i) => {
          write.resolve(rowIds[i] ?? 0);
        });
        await this.compactWhereDue(batch);
      }
    } finally {
      this.draining = null;
    }
  }

  private async compactWhereDue(batch: QueuedWrite[]): Promise<void> {
    const touched = new Map<string, number>();
    for (const write of batch)
      touched.set(write.documentId, (touched.get(write.documentId) ?? 0) + 1);
    for (const [documentId, added] of touched) {
      const rows = (this.rowCounts.get(documentId) ?? 0) + added;
      this.rowCounts.set(documentId, rows);
      if (rows <= this.compactionThreshold) continue;
      try {
        const replaced = await this.store.compact(
          documentId,
          this.stateSources.get(documentId)?.(),
        );
        this.rowCounts.set(documentId, 1);
        this.log.info({ documentId, replaced }, "compacted update log");
      } catch (error) {
        // The log is intact (the transaction rolled back); try again after the next batch.
        this.log.error({ err: error, documentId }, "compaction failed");
      }
    }
  }
}
