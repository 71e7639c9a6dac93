import type { PublicComment } from "../../../../shared/schemas/index.ts";

/** A top-level comment of a round with its replies, oldest first. */
export interface PublicThread {
  comment: PublicComment;
  replies: PublicComment[];
}

/**
 * The round's comments as threads, in the order of the text they are about (then by time), so
 * reading the threads follows reading the version. Replies whose comment is missing are kept as
 * threads of their own rather than dropped.
 */
export function threadsOf(comments: readonly PublicComment[]): PublicThread[] {
  const threads = new Map<string, PublicThread>();
  for (const comment of comments) {
    if (comment.parentId === null) threads.set(comment.id, { comment, replies: [] });
  }
  for (const comment of comments) {
    if (comment.parentId === null) continue;
    const thread = threads.get(comment.parentId);
    if (thread) thread.replies.push(comment);
    else threads.set(comment.id, { comment, replies: [] });
  }
  const byTime = (a: PublicComment, b: PublicComment) => a.createdAt.localeCompare(b.createdAt);
  for (const thread of threads.values()) thread.replies.sort(byTime);
  return [...threads.values()].sort(
    (a, b) =>
      (a.comment.anchor?.from ?? Number.MAX_SAFE_INTEGER) -
        (b.comment.anchor?.from ?? Number.MAX_SAFE_INTEGER) ||
      (a.comment.anchor?.to ?? 0) - (b.comment.anchor?.to ?? 0) ||
      byTime(a.comment, b.comment),
  );
}

/** The DOM id of a thread's card, so a highlight can lead to it. */
export const threadElementId = (commentId: string) => `public-thread-${commentId}`;
