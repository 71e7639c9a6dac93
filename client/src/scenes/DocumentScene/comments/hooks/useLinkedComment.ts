import { useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { commentIdFromHash, threadOfComment } from "../linkedComment.ts";

/**
 * Opens the thread an address names (`#comment-<id>`, as notification links end) once its
 * threads have loaded: `onFound` makes it active and brings it into view; `onMissing` fetches a
 * thread whose page is not loaded (or a reply older than those shown). Each fragment is followed
 * once, so reloading threads later doesn't pull the reader back to it.
 */
export function useLinkedComment(
  threads: readonly { id: string; replies: readonly { id: string }[] }[] | null,
  onFound: (threadId: string) => void,
  onMissing: (commentId: string) => void,
): void {
  const { hash } = useLocation();
  const followed = useRef<string | null>(null);
  useEffect(() => {
    const commentId = commentIdFromHash(hash);
    if (commentId === null || threads === null || followed.current === hash) return;
    followed.current = hash;
    const threadId = threadOfComment(threads, commentId);
    if (threadId) onFound(threadId);
    else onMissing(commentId);
  }, [hash, threads, onFound, onMissing]);
}
