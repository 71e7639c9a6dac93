import { useEffect, useRef } from "react";
import { useLocation } from "react-router";
import { commentIdFromHash, threadOfComment } from "../linkedComment.ts";

/**
 * Opens the thread an address names (`#comment-<id>`, as notification links end) once its
 * threads have loaded: `onFound` makes it active and brings it into view. Each fragment is
 * followed once, so reloading threads later doesn't pull the reader back to it.
 */
export function useLinkedComment(
  threads: readonly { id: string; replies: readonly { id: string }[] }[] | null,
  onFound: (threadId: string) => void,
): void {
  const { hash } = useLocation();
  const followed = useRef<string | null>(null);
  useEffect(() => {
    const commentId = commentIdFromHash(hash);
    if (commentId === null || threads === null || followed.current === hash) return;
    followed.current = hash;
    const threadId = threadOfComment(threads, commentId);
    if (threadId) onFound(threadId);
  }, [hash, threads, onFound]);
}
