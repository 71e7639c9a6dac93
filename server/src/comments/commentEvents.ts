/** Which comment changed: the thread it is in, and whether it was just made. */
export interface CommentChangeNews {
  threadId: string;
  commentId: string;
  /** True for a comment or reply just made; false for a change to one that was there. */
  created: boolean;
}

/**
 * Listens for changes to one document's comments; `at` is when the change was committed,
 * `change` which comment it was (absent when a command did not say: readers refetch).
 */
export type CommentListener = (at: string, change?: CommentChangeNews) => void;

/**
 * In-process news of changes to a document's comments, for the event streams. Commands
 * publish only after their transaction committed, so a client that reads the changed comment
 * on an event always sees the change.
 */
export class CommentEvents {
  private readonly listeners = new Map<string, Set<CommentListener>>();

  /** Tells everyone following the document that its comments (the comment `change`) changed. */
  publish(documentId: string, change?: CommentChangeNews, at = new Date().toISOString()): void {
    for (const listener of this.listeners.get(documentId) ?? []) {
      try {
        listener(at, change);
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

/** The news of a change to `comment` (a reply's thread is its parent's). */
export function commentChange(
  comment: { id: string; parentId: string | null },
  created = false,
): CommentChangeNews {
  return { threadId: comment.parentId ?? comment.id, commentId: comment.id, created };
}
