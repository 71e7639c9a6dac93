import type { Editor } from "@tiptap/core";
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
      latest.current();
    };
    dom.addEventListener("keydown", handleKeyDown);
    return () => dom.removeEventListener("keydown", handleKeyDown);
  }, [editor]);
}
