import type { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { useEffect, useRef } from "react";
import { COMMENT_SHORTCUT } from "../../../../components/Editor/commentShortcut.ts";

/**
 * Runs `onComment` on Ctrl+Alt+M in the text (by physical key: the letter differs by layout).
 * Readers and drafters alike; what it opens decides whether there is a passage to comment on.
 */
export function useCommentShortcut(editor: Editor, onComment: () => void): void {
  const latest = useRef(onComment);
  latest.current = onComment;
  useEffect(() => {
    const dom = editor.view.dom;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey && event.altKey) || event.shiftKey || event.metaKey) return;
      if (event.code !== COMMENT_SHORTCUT.code) return;
      event.preventDefault();
      adoptDomSelection(editor);
      latest.current();
    };
    dom.addEventListener("keydown", handleKeyDown);
    return () => dom.removeEventListener("keydown", handleKeyDown);
  }, [editor]);
}

/**
 * Makes the editor's selection the one the browser shows. ProseMirror learns of a selection
 * made with Shift+arrows from a `selectionchange` event that the browser may deliver after the
 * next keydown — the shortcut would then comment on all but the last character selected.
 */
function adoptDomSelection(editor: Editor): void {
  const { view } = editor;
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode) return;
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return;
  try {
    const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(focusNode, selection.focusOffset);
    const current = view.state.selection;
    if (current.anchor === anchor && current.head === head) return;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
  } catch {
    // A position inside a widget (a Pasal label) has no place in the text: keep the editor's own.
  }
}
