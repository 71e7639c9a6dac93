import type { Editor } from "@tiptap/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ALL_THREADS, matchesFilter, organisationsOf } from "../filters.ts";
import { passageLocator } from "../passageLocator.ts";
import type { CommentPermissions } from "../permissions.ts";
import { type RoundContext, roundOfThread } from "../surface.ts";
import type { PassageRange, PlacedThread } from "../threadOrder.ts";
import { CommentFilters } from "./CommentFilters.tsx";
import { ThreadCard } from "./ThreadCard.tsx";

interface ThreadListProps {
  documentId: string;
  editor: Editor;
  /** The threads loaded so far, in the order of their passages. */
  threads: readonly PlacedThread[];
  /** How many threads there are in all, loaded or not. */
  total: number;
  activeId: string | null;
  may: CommentPermissions;
  /** The draft's rounds, for the round of each thread made in one. */
  rounds: readonly RoundContext[];
  /** Badge each thread made in a round with its number (beside the live draft). */
  showRounds: boolean;
  onShowPassage: (commentId: string, range: PassageRange) => void;
  /** An action on a thread succeeded: `message` is announced, the thread read afresh. */
  onDone: (message: string, threadId: string) => void;
  onEarlierReplies: (threadId: string) => Promise<void>;
}

/** The threads that pass the filters, in document order, with the filters above them. */
export function ThreadList(props: ThreadListProps) {
  const { documentId, editor, threads, total, activeId, may, rounds, showRounds, ...on } = props;
  const { t } = useTranslation();
  const [filter, setFilter] = useState(ALL_THREADS);
  if (threads.length === 0) return <p className="muted">{t("comments.empty")}</p>;
  const shown = threads.filter(({ thread }) => matchesFilter(thread, filter));
  return (
    <>
      <CommentFilters
        filter={filter}
        organisations={organisationsOf(threads.map(({ thread }) => thread))}
        rounds={showRounds ? rounds : []}
        onChange={setFilter}
      />
      <p className="comments__shown" aria-live="polite">
        {t("comments.filters.shown", { shown: shown.length, total })}
      </p>
      <ol className="comment-threads">
        {shown.map(({ thread, range }) => (
          <li key={thread.id}>
            <ThreadCard
              documentId={documentId}
              thread={thread}
              range={range}
              locator={range ? passageLocator(editor, range.from) : null}
              active={thread.id === activeId}
              may={may}
              round={roundOfThread(thread, rounds)}
              showRound={showRounds}
              onShowPassage={() => range && on.onShowPassage(thread.id, range)}
              onDone={(message) => on.onDone(message, thread.id)}
              onEarlierReplies={() => on.onEarlierReplies(thread.id)}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
