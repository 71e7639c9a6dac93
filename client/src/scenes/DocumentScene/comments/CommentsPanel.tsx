import { useCallback, useEffect, useId, useState } from "react";
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
  const { documentId, editor, threads, reload, ranges, may } = surface;
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

  const activate = useCallback((commentId: string, how: "click" | "caret") => {
    setActiveId(commentId);
    if (how === "click") scrollToThread(commentId, "nearest");
  }, []);
  useActiveComment(editor, activeId, activate, surface.idsAt);
  const openLinked = useCallback((commentId: string) => {
    setActiveId(commentId);
    // After the render that marks it active, so the card is drawn as it will stay.
    requestAnimationFrame(() => scrollToThread(commentId, "center"));
  }, []);
  useLinkedComment(ready, openLinked);
  useNewThreadAnnouncer(ready, me.id, setAnnouncement);

  useEffect(() => {
    if (selection.hasPassage) setSelectFirst(false);
  }, [selection.hasPassage]);

  const showPassage = (commentId: string, range: PassageRange) => {
    setActiveId(commentId);
    setShownPassage(range);
    editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };
  const handleDone = (message: string) => {
    setAnnouncement(message);
    reload();
  };
  const closeComposer = () => {
    setComposing(undefined);
    editor.commands.focus();
  };

  return (
    <section className="comments" aria-labelledby={headingId} data-testid="comments-panel">
      <h2 id={headingId} className="heading-s comments__heading">
        {t("comments.heading")}
        {ready && <span className="comments__count"> ({ready.length})</span>}
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
            handleDone(
              failed > 0
                ? t("comments.create.postedAttachmentsFailed", { count: failed })
                : t("comments.create.posted"),
            );
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
          activeId={activeId}
          may={may}
          rounds={surface.rounds}
          showRounds={surface.scope === "draft"}
          onShowPassage={showPassage}
          onDone={handleDone}
        />
      )}
      {surface.scope === "draft" && <ModerationLogView documentId={documentId} />}
    </section>
  );
}
