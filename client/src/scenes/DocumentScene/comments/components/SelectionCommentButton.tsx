import type { Editor } from "@tiptap/core";
import { MessageSquarePlus } from "lucide-react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { COMMENT_SHORTCUT } from "../../../../components/Editor/commentShortcut.ts";
import type { SelectionState } from "../hooks/useSelectionState.ts";

interface SelectionCommentButtonProps {
  editor: Editor;
  selection: SelectionState;
  onComment: () => void;
}

/**
 * A large "Comment" button just below the end of the selection, for mouse and touch; keyboard
 * users have the shortcut and the panel's own button. Pressing it keeps the selection.
 */
export function SelectionCommentButton({
  editor,
  selection,
  onComment,
}: SelectionCommentButtonProps) {
  const { t } = useTranslation();
  if (!selection.hasPassage || !selection.focused || editor.isDestroyed) return null;
  const end = editor.view.coordsAtPos(selection.to);
  const style = {
    top: `${end.bottom + window.scrollY + 8}px`,
    left: `${Math.max(8, Math.min(end.left + window.scrollX, window.innerWidth - 180))}px`,
  };
  return createPortal(
    <button
      type="button"
      className="button selection-comment"
      style={style}
      aria-keyshortcuts={COMMENT_SHORTCUT.aria}
      // Keeps focus (and so the selection) in the text.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onComment}
      tabIndex={-1}
    >
      <MessageSquarePlus aria-hidden="true" focusable="false" size={20} />
      {t("comments.create.button")}
    </button>,
    document.body,
  );
}
