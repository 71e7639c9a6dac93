import type { AccessEvents } from "../auth/accessEvents.ts";
import type { Actor } from "../auth/actor.ts";
import { HttpError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { Store, UserRecord } from "../store/index.ts";

/** An event stream about to open: whose it is, on which document, and how to end it. */
export interface StreamFollower {
  documentId: string;
  /** Who asked for it, with the session they asked with. */
  actor: Actor;
  /**
   * Whether the person (enabled, freshly loaded) may still follow this stream — may read the
   * document, or the round the stream follows. Asked again whenever their access changes.
   */
  mayFollow(user: UserRecord): Promise<boolean>;
  /** Ends the stream (the response). */
  close(): void;
}

/**
 * Tracks an event stream of a document or of one of its consultation rounds with the access
 * events, so that every change to who may read reaches it as it reaches collaboration sockets:
 * its session ending (signed out on that device or everywhere, disabled, expired) ends it, and
 * any change of the person's access makes it ask its own policy again (an administrator still
 * reads the document, a round participant still reads the round through their organisation).
 * Call it before anything is written: it refuses (429 `too_many_streams`) an account that
 * already holds as many streams as allowed. Returns the function that stops tracking.
 */
export async function trackStream(
  props: { store: Store; accessEvents: AccessEvents; log: Logger },
  follower: StreamFollower,
): Promise<() => void> {
  const { store, log } = props;
  const { user, sessionTokenHash, sessionExpiresAt, checkedFrom } = follower.actor;
  if (!user || !sessionTokenHash || !sessionExpiresAt) {
    throw new HttpError(401, "unauthenticated", "Sign in to continue.");
  }
  const recheck = async () => {
    let fresh: UserRecord | undefined;
    try {
      fresh = await store.users.find(user.id);
      if (fresh && !fresh.disabledAt && (await follower.mayFollow(fresh))) return;
    } catch (error) {
      // When access cannot be checked, ending the stream is the safe side.
      log.warn(
        { err: error, documentId: follower.documentId },
        "checking a stream's access failed",
      );
    }
    follower.close();
  };
  const opened = await props.accessEvents.open(
    {
      kind: "stream",
      userId: user.id,
      sessionTokenHash,
      sessionExpiresAt,
      documentId: follower.documentId,
      recheck,
      end: follower.close,
    },
    checkedFrom,
  );
  if (opened.admitted) return opened.untrack;
  if (opened.reason === "signedOut") {
    throw new HttpError(401, "unauthenticated", "Sign in to continue.");
  }
  log.warn({ userId: user.id }, "refused an event stream above the account's cap");
  throw new HttpError(
    429,
    "too_many_streams",
    "Too many live pages are open for this account. Close one, then reload.",
  );
}
