import type {
  CommentChange,
  CommentThread,
  CommentView,
} from "../../../../../shared/schemas/index.ts";

/**
 * The threads a page holds of a list the server hands out a page at a time: those loaded so far
 * in the order they were made, the cursor of the next page (null once all are here) and how
 * many threads the list has in all.
 */
export interface ThreadPages {
  threads: readonly CommentThread[];
  next: string | null;
  total: number;
  /** True when the last change was the reader's own asking (a page, earlier replies), not news. */
  fetched?: boolean;
}

/** Replies by id, the fresh ones winning, oldest first. */
function mergeReplies(held: readonly CommentView[], fresh: readonly CommentView[]): CommentView[] {
  const byId = new Map(held.map((reply) => [reply.id, reply]));
  for (const reply of fresh) byId.set(reply.id, reply);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Replaces a thread read afresh, keeping the earlier replies already shown with it. */
function freshen(held: CommentThread, fresh: CommentThread): CommentThread {
  return { ...fresh, replies: mergeReplies(held.replies, fresh.replies) };
}

/** The next page appended; a thread already held (it arrived live meanwhile) is freshened. */
export function withPage(state: ThreadPages, page: ThreadPages): ThreadPages {
  const fresh = new Map(page.threads.map((thread) => [thread.id, thread]));
  const held = new Set(state.threads.map((thread) => thread.id));
  const threads = state.threads.map((thread) => {
    const again = fresh.get(thread.id);
    return again ? freshen(thread, again) : thread;
  });
  threads.push(...page.threads.filter((thread) => !held.has(thread.id)));
  return { threads, next: page.next, total: page.total };
}

/**
 * One thread read afresh: replaced where it is, or added at the end when it was just `created`
 * (one more in all) or is to be `shown` before its page (a link led to it). Otherwise a thread
 * not held waits for its page.
 */
export function withThread(
  state: ThreadPages,
  thread: CommentThread,
  how: "held" | "created" | "shown",
): ThreadPages {
  if (state.threads.some((t) => t.id === thread.id)) {
    return {
      ...state,
      threads: state.threads.map((t) => (t.id === thread.id ? freshen(t, thread) : t)),
    };
  }
  if (how === "held") return state;
  const total = state.total + (how === "created" ? 1 : 0);
  return { ...state, threads: [...state.threads, thread], total };
}

/** Earlier replies of a thread put before those shown. */
export function withEarlierReplies(
  state: ThreadPages,
  threadId: string,
  replies: readonly CommentView[],
): ThreadPages {
  return {
    ...state,
    threads: state.threads.map((t) =>
      t.id === threadId ? { ...t, replies: mergeReplies(replies, t.replies) } : t,
    ),
  };
}

/** A changed reply put into its thread: a new one at the end (one more), a changed one in place. */
function withReply(thread: CommentThread, reply: CommentView, created: boolean): CommentThread {
  const known = thread.replies.some((r) => r.id === reply.id);
  if (!known && !created) return thread;
  return {
    ...thread,
    replies: mergeReplies(thread.replies, [reply]),
    replyCount: thread.replyCount + (known ? 0 : 1),
  };
}

/**
 * The news of one changed comment applied to the threads held: a new thread added, a thread's
 * head replaced (keeping its replies), a reply added or replaced. Changes to threads that are
 * not held are left for their page, which will bring them.
 */
export function withChange(state: ThreadPages, change: CommentChange): ThreadPages {
  const { comment, threadId } = change;
  if (!comment || !threadId) return state;
  const created = change.created === true;
  if (comment.parentId === null) {
    const held = state.threads.find((t) => t.id === comment.id);
    const thread = { replies: [], replyCount: 0, ...held, ...comment };
    return withThread(state, thread, created ? "created" : "held");
  }
  return {
    ...state,
    threads: state.threads.map((t) => (t.id === threadId ? withReply(t, comment, created) : t)),
  };
}
