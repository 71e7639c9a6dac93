import { listComments } from "../../../../api/index.ts";
import { type Resource, useResource } from "../../../../hooks/useResource.ts";
import type { CommentThread } from "../../../../../../shared/schemas/index.ts";
import { useDocumentEvents } from "../../hooks/useDocumentEvents.ts";

/**
 * The draft's comment threads, kept current: loaded once, then again on every `comments` event
 * the server streams and whenever the stream reopens — so a reconnect catches up on whatever
 * happened while it was down.
 */
export function useCommentThreads(documentId: string): {
  threads: Resource<CommentThread[]>;
  reload: () => void;
} {
  const { resource, reload } = useResource(
    (signal) => listComments(documentId, signal),
    [documentId],
  );
  useDocumentEvents(documentId, { comments: reload, reconnected: reload });
  return { threads: resource, reload };
}
