import type { AccessEvents } from "../auth/accessEvents.ts";
import type { Logger } from "../logger.ts";
import type { Store, UserRecord } from "../store/index.ts";

/** An open event stream: whose it is, on which document, who may keep it, and how to end it. */
export interface OpenStream {
  documentId: string;
  userId: string;
  /**
   * Whether the person (enabled, freshly loaded) may still follow this stream — may read the
   * document, or the round the stream follows. Asked again whenever their access changes.
   */
  mayFollow(user: UserRecord): Promise<boolean>;
  close(): void;
}

/**
 * Every open comment event stream — of a document or of one of its consultation rounds — so
 * that losing access ends them at once, as it closes collaboration sockets: a changed or revoked
 * role rechecks the person's streams on that document (each asks its own policy: an
 * administrator still reads the document, a round participant still reads the round through
 * their organisation); signing out everywhere or being disabled closes all of theirs.
 */
export class CommentStreams {
  private readonly streams = new Set<OpenStream>();

  constructor(
    private readonly store: Store,
    accessEvents: AccessEvents,
    private readonly log: Logger,
  ) {
    accessEvents.onDocumentAccessChanged((documentId, userId) => {
      void this.recheck(userId, (s) => s.documentId === documentId);
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

  /** Closes those of the person's streams chosen by `which` that they may no longer follow. */
  private async recheck(userId: string, which: (stream: OpenStream) => boolean): Promise<void> {
    const affected = [...this.streams].filter((s) => s.userId === userId && which(s));
    if (affected.length === 0) return;
    let user: UserRecord | undefined;
    try {
      user = await this.store.users.find(userId);
    } catch (error) {
      // When access cannot be checked, ending the streams is the safe side.
      this.log.warn({ err: error, userId }, "checking a stream's access failed");
    }
    const enabled = user && !user.disabledAt ? user : undefined;
    // Every verdict first, then the closes: one change of access ends its streams together.
    const verdicts = await Promise.all(
      affected.map((stream) => (enabled ? this.mayStillFollow(stream, enabled) : false)),
    );
    affected.forEach((stream, i) => {
      if (!verdicts[i]) stream.close();
    });
  }

  private async mayStillFollow(stream: OpenStream, user: UserRecord): Promise<boolean> {
    try {
      return await stream.mayFollow(user);
    } catch (error) {
      this.log.warn(
        { err: error, documentId: stream.documentId },
        "checking a stream's access failed",
      );
      return false;
    }
  }
}
