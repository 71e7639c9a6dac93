import { type ClusterBus, LocalBus } from "../cluster/bus.ts";
import { SequencedChannel } from "../cluster/sequencedChannel.ts";

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

/** News as it travels between processes. */
interface RelayedNews {
  documentId: string;
  at: string;
  change?: CommentChangeNews;
}

/**
 * News of changes to a document's comments, for the event streams of this process and — over
 * the bus — of every other process on the same store. Commands publish only after their
 * transaction committed, so a client that reads the changed comment on an event always sees the
 * change, whichever process it reads from. News from another process reaches this process's
 * streams only (not `publish`: what follows `publish`, like the notifier, acts once, where the
 * change was made). When news may have been lost on the way, every stream here is told that
 * something changed without saying what, and its reader refetches.
 */
export class CommentEvents {
  private readonly listeners = new Map<string, Set<CommentListener>>();
  private readonly relay: SequencedChannel;

  /** `bus` links the other processes (none by default); `channel` names this kind of news. */
  constructor(bus: ClusterBus = new LocalBus(), channel = "news:comments") {
    this.relay = new SequencedChannel(bus, channel, {
      receive: (payload) => this.relayed(payload),
      missed: () => this.somethingChanged(),
    });
  }

  /** Tells everyone following the document that its comments (the comment `change`) changed. */
  publish(documentId: string, change?: CommentChangeNews, at = new Date().toISOString()): void {
    this.deliver(documentId, at, change);
    const news: RelayedNews = { documentId, at, ...(change ? { change } : {}) };
    this.relay.send(new TextEncoder().encode(JSON.stringify(news)));
  }

  /** Stops hearing other processes' news. */
  close(): void {
    this.relay.close();
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

  private deliver(documentId: string, at: string, change?: CommentChangeNews): void {
    for (const listener of this.listeners.get(documentId) ?? []) {
      try {
        listener(at, change);
      } catch {
        // One broken stream must not keep the news from the others.
      }
    }
  }

  private relayed(payload: Uint8Array): void {
    let news: RelayedNews;
    try {
      news = JSON.parse(new TextDecoder().decode(payload)) as RelayedNews;
    } catch {
      return;
    }
    if (typeof news.documentId === "string") this.deliver(news.documentId, news.at, news.change);
  }

  /** News may have been lost: every document followed here changed, readers refetch. */
  private somethingChanged(): void {
    const at = new Date().toISOString();
    for (const documentId of [...this.listeners.keys()]) this.deliver(documentId, at);
  }
}

/** The news of a change to `comment` (a reply's thread is its parent's). */
export function commentChange(
  comment: { id: string; parentId: string | null },
  created = false,
): CommentChangeNews {
  return { threadId: comment.parentId ?? comment.id, commentId: comment.id, created };
}
