import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import { useMe } from "../../../hooks/useSession.ts";
import { CommentComposer } from "./components/CommentComposer.tsx";
import { ModerationLogView } from "./components/ModerationLogView.tsx";
import { SelectionCommentButton } from "./components/SelectionCommentButton.tsx";
import { StartComment } from "./components/StartComment.tsx";
import { ThreadList } from "./components/ThreadList.tsx";
import { useActiveComment } from "./hooks/useActiveComment.ts";
import { useCommentShortcut } from "./hooks/useCommentShortcut.ts";
import { useLinkedComment } from "./hooks/useLinkedComment.ts";
import { useNewThreadAnnouncer } from "./hooks/useNewThreadAnnouncer.ts";
import { useSelectionState } from "./hooks/useSelectionState.ts";
import { passageLocator } from "./passageLocator.ts";
import type { CommentSurface, CommentTarget } from "./surface.ts";
import { orderThreads, type PassageRange } from "./threadOrder.ts";

/** True when the selection is the passage a thread just showed. */
function isShown(selection: { from: number; to: number }, shown: PassageRange | null): boolean {
  return shown !== null && selection.from === shown.from && selection.to === shown.to;
}

/** Scrolls a thread's card into view, if it is shown. */
function scrollToThread(commentId: string, block: ScrollLogicalPosition): void {
  const card = document.querySelector(
    `.comment-thread[data-comment-id="${CSS.escape(commentId)}"]`,
  );
  card?.scrollIntoView({ block, behavior: "smooth" });
}

/**
 * The comments beside a text — the live draft or a round's frozen version: threads in the order
 * of their passages, kept live, with filters; the box for a new comment on the selected passage
 * (button, floating button or Ctrl+Alt+M); and for each thread what this person may do — reply,
 * reword their own, answer officially, accept or decline a suggestion, hide (administrators).
 */
export function CommentsPanel({ surface }: { surface: CommentSurface }) {
  const { documentId, editor, threads, reload, ranges, may, paging } = surface;
  const { t } = useTranslation();
  const me = useMe();
  const headingId = useId();
  const [composing, setComposing] = useState<{ target: CommentTarget; locator: string | null }>();
  const [selectFirst, setSelectFirst] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // A passage selected by "show in the text" is being read, not picked to comment on.
  const [shownPassage, setShownPassage] = useState<PassageRange | null>(null);
  const selection = useSelectionState(editor);
  const ready = threads.status === "ready" ? threads.data : null;
  const mayStart = may.comment && surface.closedNotice === null;

  const { targetOfSelection } = surface;
  const openComposer = useCallback(() => {
    if (!mayStart) return;
    const target = targetOfSelection();
    setSelectFirst(target === null);
    if (target) {
      setComposing({ target, locator: passageLocator(editor, editor.state.selection.from) });
    }
  }, [editor, mayStart, targetOfSelection]);
  useCommentShortcut(editor, openComposer);

  // A passage whose thread is on a page not loaded yet brings that one thread in.
  const held = useRef(ready);
  held.current = ready;
  const { refreshThread } = paging;
  const activate = useCallback(
    (commentId: string, how: "click" | "caret") => {
      setActiveId(commentId);
      if (held.current && !held.current.some((thread) => thread.id === commentId)) {
        void refreshThread(commentId, "shown");
      } else if (how === "click") scrollToThread(commentId, "nearest");
    },
    [refreshThread],
  );
  useActiveComment(editor, activeId, activate, surface.idsAt);
  const openLinked = useCallback((commentId: string) => {
    setActiveId(commentId);
    // After the render that marks it active, so the card is drawn as it will stay.
    requestAnimationFrame(() => scrollToThread(commentId, "center"));
  }, []);
  const openUnloaded = useCallback(
    async (commentId: string) => {
      const threadId = await refreshThread(commentId, "shown");
      if (threadId) openLinked(threadId);
    },
    [refreshThread, openLinked],
  );
  useLinkedComment(ready, openLinked, openUnloaded);
  useNewThreadAnnouncer(ready, me.id, setAnnouncement, paging.fetched);

  useEffect(() => {
    if (selection.hasPassage) setSelectFirst(false);
  }, [selection.hasPassage]);

  const showPassage = (commentId: string, range: PassageRange) => {
    setActiveId(commentId);
    setShownPassage(range);
    editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };
  /** An action succeeded: announce it and read its thread afresh (or everything, if none). */
  const handleDone = (message: string, threadId?: string) => {
    setAnnouncement(message);
    if (threadId) void refreshThread(threadId);
    else reload();
  };
  const closeComposer = () => {
    setComposing(undefined);
    editor.commands.focus();
  };

  return (
    <section className="comments" aria-labelledby={headingId} data-testid="comments-panel">
      <h2 id={headingId} className="heading-s comments__heading">
        {t("comments.heading")}
        {ready && <span className="comments__count"> ({paging.total})</span>}
      </h2>
      {surface.closedNotice && (
        <p className="comments__closed" data-testid="comments-closed">
          {surface.closedNotice}
        </p>
      )}
      {composing ? (
        <CommentComposer
          documentId={documentId}
          target={composing.target}
          locator={composing.locator}
          onCancel={closeComposer}
          onPosted={(commentId, failed) => {
            closeComposer();
            // The passage is now a highlighted comment: show it as one, not as a selection.
            editor.commands.setTextSelection(editor.state.selection.to);
            setActiveId(commentId);
            setAnnouncement(
              failed > 0
                ? t("comments.create.postedAttachmentsFailed", { count: failed })
                : t("comments.create.posted"),
            );
            void refreshThread(commentId, "created");
          }}
        />
      ) : (
        mayStart && <StartComment selectFirst={selectFirst} onComment={openComposer} />
      )}
      {mayStart && !composing && !isShown(selection, shownPassage) && (
        <SelectionCommentButton editor={editor} selection={selection} onComment={openComposer} />
      )}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {threads.status === "loading" && (
        <p role="status" className="muted">
          {t("comments.loading")}
        </p>
      )}
      {(threads.status === "error" ||
        threads.status === "forbidden" ||
        threads.status === "notFound") && (
        <LoadFailed message={t("comments.loadFailed")} onRetry={reload} />
      )}
      {ready && (
        <ThreadList
          documentId={documentId}
          editor={editor}
          threads={orderThreads(ready, ranges)}
          total={paging.total}
          activeId={activeId}
          may={may}
          rounds={surface.rounds}
          showRounds={surface.scope === "draft"}
          onShowPassage={showPassage}
          onDone={handleDone}
          onEarlierReplies={paging.earlierReplies}
        />
      )}
      {ready && paging.remaining > 0 && (
        <button
          type="button"
          className="button button--secondary comments__more"
          onClick={paging.loadMore}
          disabled={paging.loadingMore}
          data-testid="comments-more"
        >
          {paging.loadingMore
            ? t("comments.more.loading")
            : t("comments.more.threads", { count: paging.remaining })}
        </button>
      )}
      {surface.scope === "draft" && <ModerationLogView documentId={documentId} />}
    </section>
  );
}
