import type { AccessEvents } from "../auth/accessEvents.ts";
import type { Logger } from "../logger.ts";
import { documentAccess } from "../policies/documentPolicy.ts";
import type { Store } from "../store/index.ts";

/** An open event stream: whose it is, on which document, and how to end it. */
export interface OpenStream {
  documentId: string;
  userId: string;
  close(): void;
}

/**
 * Every open comment event stream, so that losing access ends them at once, as it closes
 * collaboration sockets: a revoked role closes the person's streams on that document (after
 * checking they cannot still read it, e.g. as an administrator); signing out everywhere or
 * being disabled closes all of theirs.
 */
export class CommentStreams {
  private readonly streams = new Set<OpenStream>();

  constructor(
    private readonly store: Store,
    accessEvents: AccessEvents,
    private readonly log: Logger,
  ) {
    accessEvents.onDocumentAccessChanged((documentId, userId) => {
      void this.recheck(documentId, userId);
    });
    accessEvents.onUserSessionsEnded((userId) => {
      for (const stream of this.streams) if (stream.userId === userId) stream.close();
    });
  }

  /** Tracks a stream until the returned function is called (when it closes). */
  add(stream: OpenStream): () => void {
    this.streams.add(stream);
    return () => {
      this.streams.delete(stream);
    };
  }

  /** How many streams are open. */
  get size(): number {
    return this.streams.size;
  }

  private async recheck(documentId: string, userId: string): Promise<void> {
    const affected = [...this.streams].filter(
      (s) => s.documentId === documentId && s.userId === userId,
    );
    if (affected.length === 0) return;
    try {
      const user = await this.store.users.find(userId);
      const access = await documentAccess(this.store, user ?? null, documentId);
      if (user && !user.disabledAt && access.can("document.read")) return;
    } catch (error) {
      // When access cannot be checked, ending the stream is the safe side.
      this.log.warn({ err: error, documentId }, "checking a stream's access failed");
    }
    for (const stream of affected) stream.close();
  }
}
