import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { CommentThread } from "../../../../../../shared/schemas/index.ts";

/**
 * Calls `announce` when threads or replies by others arrive (not on the first load, nor when the
 * reader `fetched` more pages or earlier replies): a screen reader hears "New comment from Rina
 * Kusuma" without leaving the text.
 */
export function useNewThreadAnnouncer(
  threads: readonly CommentThread[] | null,
  meId: string,
  announce: (message: string) => void,
  fetched = false,
): void {
  const { t } = useTranslation();
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!threads) return;
    const all = threads.flatMap((thread) => [thread, ...thread.replies]);
    const previous = known.current;
    known.current = new Set(all.map((comment) => comment.id));
    if (!previous || fetched) return;
    const arrived = all.filter((c) => !previous.has(c.id) && c.author.id !== meId);
    if (arrived.length === 1 && arrived[0]) {
      const comment = arrived[0];
      announce(
        t(comment.parentId ? "comments.live.newReply" : "comments.live.newComment", {
          name: comment.author.name,
        }),
      );
    } else if (arrived.length > 1) {
      announce(t("comments.live.newMany", { count: arrived.length }));
    }
  }, [threads, meId, announce, t, fetched]);
}
