/** Listens for changes to one document's comments; `at` is when the change was committed. */
export type CommentListener = (at: string) => void;

/**
 * In-process news of changes to a document's comments, for the event streams. Commands
 * publish only after their transaction committed, so a client that refetches on an event
 * always sees the change.
 */
export class CommentEvents {
  private readonly listeners = new Map<string, Set<CommentListener>>();

  /** Tells everyone following the document that its comments changed. */
  publish(documentId: string, at = new Date().toISOString()): void {
    for (const listener of this.listeners.get(documentId) ?? []) {
      try {
        listener(at);
      } catch {
        // One broken stream must not keep the news from the others.
      }
    }
  }

  /** Follows a document's comments; call the returned function to stop. */
  subscribe(documentId: string, listener: CommentListener): () => void {
    let set = this.listeners.get(documentId);
    if (!set) {
      set = new Set();
      this.listeners.set(documentId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(documentId) === set) {
        this.listeners.delete(documentId);
      }
    };
  }

  /** How many listeners follow a document (for tests and diagnostics). */
  listenerCount(documentId: string): number {
    return this.listeners.get(documentId)?.size ?? 0;
  }
}
