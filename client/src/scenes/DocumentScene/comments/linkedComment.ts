/** The prefix of the address fragment that names a comment thread (see `notificationPath`). */
const COMMENT_HASH_PREFIX = "#comment-";

/**
 * The comment named by an address fragment such as `#comment-abc` (as notification links end),
 * or null when the fragment names none or is malformed.
 */
export function commentIdFromHash(hash: string): string | null {
  if (!hash.startsWith(COMMENT_HASH_PREFIX)) return null;
  try {
    const id = decodeURIComponent(hash.slice(COMMENT_HASH_PREFIX.length));
    return id === "" ? null : id;
  } catch {
    return null;
  }
}

interface LinkableThread {
  id: string;
  replies: readonly { id: string }[];
}

/**
 * The thread a linked comment belongs to: the thread itself, or the thread one of whose
 * replies it is; null when none of these threads holds it (hidden, deleted, another page).
 */
export function threadOfComment(
  threads: readonly LinkableThread[],
  commentId: string,
): string | null {
  const thread = threads.find(
    (candidate) =>
      candidate.id === commentId || candidate.replies.some((reply) => reply.id === commentId),
  );
  return thread?.id ?? null;
}
