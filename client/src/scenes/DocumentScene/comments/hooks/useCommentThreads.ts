import { useEffect } from "react";
import { documentEventsUrl, listComments } from "../../../../api/index.ts";
import { type Resource, useResource } from "../../../../hooks/useResource.ts";
import { COMMENT_EVENT, type CommentThread } from "../../../../../../shared/schemas/index.ts";

/**
 * The draft's comment threads, kept current: loaded once, then again on every `comments` event
 * the server streams and whenever the stream (re)opens — so a reconnect catches up on whatever
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

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const events = new EventSource(documentEventsUrl(documentId));
    // The first `open` comes right after the first load; later ones follow a reconnection.
    let opened = false;
    const handleOpen = () => {
      if (opened) reload();
      opened = true;
    };
    events.addEventListener("open", handleOpen);
    events.addEventListener(COMMENT_EVENT, reload);
    return () => events.close();
  }, [documentId, reload]);

  return { threads: resource, reload };
}
