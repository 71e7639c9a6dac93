import { getThread, listComments, listEarlierReplies } from "../../../../api/index.ts";
import { useDocumentEvents } from "../../hooks/useDocumentEvents.ts";
import { useThreadPages } from "./useThreadPages.ts";

/**
 * The draft's comment threads, kept current: the first page loaded once, later pages on demand;
 * each `comments` event the server streams applied to the thread it names; everything loaded
 * afresh whenever the stream reopens — so a reconnect catches up on whatever happened while it
 * was down.
 */
export function useCommentThreads(documentId: string) {
  const pages = useThreadPages(
    {
      page: (after, signal) => listComments(documentId, after, signal),
      thread: (commentId) => getThread(documentId, commentId),
      earlierReplies: (threadId, before) => listEarlierReplies(documentId, threadId, before),
    },
    [documentId],
  );
  useDocumentEvents(documentId, { comments: pages.paging.apply, reconnected: pages.reload });
  return pages;
}
