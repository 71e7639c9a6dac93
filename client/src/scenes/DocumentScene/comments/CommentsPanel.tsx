import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { can, type DocumentRole } from "../../../../../shared/permissions.ts";
import type { PassageAnchor } from "../../../../../shared/schemas/index.ts";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import { isAdministrator } from "../../../hooks/usePolicy.ts";
import { useMe } from "../../../hooks/useSession.ts";
import { anchorOfSelection } from "./commentAnchor.ts";
import { CommentComposer } from "./components/CommentComposer.tsx";
import { ModerationLogView } from "./components/ModerationLogView.tsx";
import { SelectionCommentButton } from "./components/SelectionCommentButton.tsx";
import { StartComment } from "./components/StartComment.tsx";
import { ThreadList } from "./components/ThreadList.tsx";
import { useActiveComment } from "./hooks/useActiveComment.ts";
import { useCommentRanges } from "./hooks/useCommentRanges.ts";
import { useCommentShortcut } from "./hooks/useCommentShortcut.ts";
import { useCommentThreads } from "./hooks/useCommentThreads.ts";
import { useNewThreadAnnouncer } from "./hooks/useNewThreadAnnouncer.ts";
import { useSelectionState } from "./hooks/useSelectionState.ts";
import { passageLocator } from "./passageLocator.ts";
import type { CommentPermissions } from "./permissions.ts";
import { orderThreads, type PassageRange } from "./threadOrder.ts";

/** True when the selection is the passage a thread just showed. */
function isShown(selection: { from: number; to: number }, shown: PassageRange | null): boolean {
  return shown !== null && selection.from === shown.from && selection.to === shown.to;
}

interface CommentsPanelProps {
  documentId: string;
  editor: Editor;
  role: DocumentRole | null;
}

/**
 * The comments beside the draft: threads in the order of their passages, kept live, with
 * filters; the box for a new comment on the selected passage (button, floating button or
 * Ctrl+Alt+M); and for each thread what this person may do — reply, reword their own, answer
 * officially, accept or decline a suggestion, hide (administrators).
 */
export function CommentsPanel({ documentId, editor, role }: CommentsPanelProps) {
  const { t } = useTranslation();
  const me = useMe();
  const headingId = useId();
  const may: CommentPermissions = useMemo(
    () => ({
      meId: me.id,
      comment: can(role, "document.comment"),
      respond: can(role, "document.respond"),
      edit: can(role, "document.edit"),
      moderate: isAdministrator(me),
    }),
    [me, role],
  );
  const { threads, reload } = useCommentThreads(documentId);
  const ranges = useCommentRanges(editor);
  const selection = useSelectionState(editor);
  const [composing, setComposing] = useState<{ anchor: PassageAnchor; locator: string | null }>();
  const [selectFirst, setSelectFirst] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // A passage selected by "show in the text" is being read, not picked to comment on.
  const [shownPassage, setShownPassage] = useState<PassageRange | null>(null);
  const ready = threads.status === "ready" ? threads.data : null;

  const openComposer = useCallback(() => {
    if (!may.comment) return;
    const anchor = anchorOfSelection(editor.state);
    setSelectFirst(anchor === null);
    if (anchor) {
      setComposing({ anchor, locator: passageLocator(editor, editor.state.selection.from) });
    }
  }, [editor, may.comment]);
  useCommentShortcut(editor, openComposer);

  const activate = useCallback((commentId: string, how: "click" | "caret") => {
    setActiveId(commentId);
    if (how !== "click") return;
    const card = document.querySelector(
      `.comment-thread[data-comment-id="${CSS.escape(commentId)}"]`,
    );
    card?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);
  useActiveComment(editor, activeId, activate);
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
      {may.comment &&
        (composing ? (
          <CommentComposer
            documentId={documentId}
            anchor={composing.anchor}
            locator={composing.locator}
            onCancel={closeComposer}
            onPosted={(commentId, failed) => {
              closeComposer();
              setActiveId(commentId);
              handleDone(
                failed > 0
                  ? t("comments.create.postedAttachmentsFailed", { count: failed })
                  : t("comments.create.posted"),
              );
            }}
          />
        ) : (
          <StartComment selectFirst={selectFirst} onComment={openComposer} />
        ))}
      {may.comment && !composing && !isShown(selection, shownPassage) && (
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
          onShowPassage={showPassage}
          onDone={handleDone}
        />
      )}
      <ModerationLogView documentId={documentId} />
    </section>
  );
}
