import { type DependencyList, useCallback, useMemo, useRef, useState } from "react";
import type {
  CommentChange,
  CommentThread,
  ReplyPage,
} from "../../../../../../shared/schemas/index.ts";
import { type Resource, useResource } from "../../../../hooks/useResource.ts";
import {
  type ThreadPages,
  withChange,
  withEarlierReplies,
  withPage,
  withThread,
} from "../threadPages.ts";

/** Where a list's threads come from, a page or a thread at a time. */
export interface ThreadSource {
  page: (after: string | null, signal: AbortSignal) => Promise<ThreadPages>;
  thread: (commentId: string) => Promise<CommentThread>;
  earlierReplies: (threadId: string, before: string) => Promise<ReplyPage>;
}

/** What a comments panel may ask of a list it holds a page at a time. */
export interface ThreadPaging {
  /** How many threads the list has in all. */
  total: number;
  /** How many of them are not loaded yet. */
  remaining: number;
  /** Whether what was added last came because the reader asked for it (not news to announce). */
  fetched: boolean;
  /** Whether the next page is on its way. */
  loadingMore: boolean;
  /** Loads the next page of threads. */
  loadMore: () => void;
  /** Loads the page of a thread's replies made before those shown. */
  earlierReplies: (threadId: string) => Promise<void>;
  /**
   * Reads the thread holding `commentId` afresh and resolves with its id: after an action on it,
   * for a thread just made (`created`), or to show one whose page is not loaded (`shown`).
   */
  refreshThread: (commentId: string, how?: "held" | "created" | "shown") => Promise<string | null>;
  /** Applies the news of one changed comment; news without the comment reloads the list. */
  apply: (change: CommentChange) => void;
}

/**
 * A list of threads held a page at a time: the first page loaded when `deps` change, later
 * pages on demand, single threads read afresh after a change, live news applied in place —
 * never the whole list again for one changed comment.
 */
export function useThreadPages(
  source: ThreadSource,
  deps: DependencyList,
): { threads: Resource<CommentThread[]>; reload: () => void; paging: ThreadPaging } {
  const from = useRef(source);
  from.current = source;
  const { resource, reload, set } = useResource((signal) => from.current.page(null, signal), deps);
  const held = useRef<ThreadPages | null>(null);
  held.current = resource.status === "ready" ? resource.data : null;
  const [loadingMore, setLoadingMore] = useState(false);

  const update = useCallback(
    (change: (state: ThreadPages) => ThreadPages, fetched = false) => {
      if (!held.current) return;
      held.current = { ...change(held.current), fetched };
      set(held.current);
    },
    [set],
  );
  const loadMore = useCallback(() => {
    const next = held.current?.next;
    if (!next) return;
    setLoadingMore(true);
    from.current
      .page(next, new AbortController().signal)
      .then((page) =>
        update((state) => (state.next === next ? withPage(state, page) : state), true),
      )
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  }, [update]);
  const earlierReplies = useCallback(
    async (threadId: string) => {
      const oldest = held.current?.threads.find((t) => t.id === threadId)?.replies[0];
      if (!oldest) return;
      const page = await from.current.earlierReplies(threadId, oldest.id);
      update((state) => withEarlierReplies(state, threadId, page.replies), true);
    },
    [update],
  );
  const refreshThread = useCallback(
    async (commentId: string, how: "held" | "created" | "shown" = "held") => {
      try {
        const thread = await from.current.thread(commentId);
        update((state) => withThread(state, thread, how), how === "shown");
        return thread.id;
      } catch {
        return null;
      }
    },
    [update],
  );
  const apply = useCallback(
    (change: CommentChange) => {
      if (change.comment) update((state) => withChange(state, change));
      else reload();
    },
    [update, reload],
  );

  const data = resource.status === "ready" ? resource.data : null;
  const threads: Resource<CommentThread[]> = useMemo(
    () =>
      resource.status === "ready"
        ? { status: "ready", data: [...resource.data.threads] }
        : { status: resource.status },
    [resource],
  );
  const paging: ThreadPaging = {
    total: data?.total ?? 0,
    remaining: data ? Math.max(0, data.total - data.threads.length) : 0,
    fetched: data?.fetched === true,
    loadingMore,
    loadMore,
    earlierReplies,
    refreshThread,
    apply,
  };
  return { threads, reload, paging };
}
