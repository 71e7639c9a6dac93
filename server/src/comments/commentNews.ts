import { COMMENT_EVENT, type CommentChange } from "../../../shared/schemas/index.ts";
import { type CommentViewer, presentComment } from "../presenters/commentPresenter.ts";
import type { CommentRecord, Store } from "../store/index.ts";
import type { CommentChangeNews, CommentListener } from "./commentEvents.ts";
import { type CommentWithExtras, readComment } from "./commentThreads.ts";

/** Each changed comment is read once, however many streams tell of it. */
const reads = new WeakMap<CommentChangeNews, Promise<CommentWithExtras | undefined>>();

function readChanged(store: Store, documentId: string, change: CommentChangeNews) {
  let read = reads.get(change);
  if (!read) {
    read = readComment(store, documentId, change.commentId).catch(() => undefined);
    reads.set(change, read);
  }
  return read;
}

/** What one reader's event stream of a document is told about its comments. */
export interface CommentNewsProps {
  store: Store;
  documentId: string;
  /** Who reads the stream: administrators see the words of hidden comments. */
  viewer: CommentViewer;
  /** Whether the reader may hear of this comment (a round's stream: only the round's comments). */
  sees: (comment: CommentRecord) => boolean;
  /** Writes one event to the stream (nothing once it ended). */
  write: (chunk: string) => void;
}

/**
 * A comment listener that writes `event: comments` carrying the one comment that changed (as
 * `CommentChangeSchema`) — never the thread's replies nor the list, so an event stays the size
 * of one comment however long its thread is. News that names no comment, or whose comment
 * cannot be read, goes out as `{ at }` alone: the reader refetches. Events keep their order.
 */
export function commentNewsListener(props: CommentNewsProps): CommentListener {
  const { store, documentId } = props;
  let queue: Promise<void> = Promise.resolve();
  return (at, change) => {
    const read = change ? readChanged(store, documentId, change) : undefined;
    queue = queue.then(async () => {
      const changed = await read;
      if (change && changed && !props.sees(changed.comment)) return;
      const { comment, ...extras } = changed ?? {};
      const data: CommentChange =
        change && comment
          ? {
              at,
              threadId: change.threadId,
              created: change.created,
              comment: presentComment(comment, props.viewer, extras),
            }
          : { at };
      props.write(`event: ${COMMENT_EVENT}\ndata: ${JSON.stringify(data)}\n\n`);
    });
  };
}
