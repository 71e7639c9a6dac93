import type { Editor } from "@tiptap/core";
import { useEffect } from "react";
import { activeCommentKey, activeCommentPlugin } from "../activeCommentPlugin.ts";

/**
 * Ties the active thread to the text both ways: its passage is drawn more strongly, and
 * clicking a highlighted passage (or moving the caret into one, as `idsAt` finds them) makes
 * its thread active.
 */
export function useActiveComment(
  editor: Editor,
  activeId: string | null,
  onActivate: (commentId: string, how: "click" | "caret") => void,
  idsAt: (pos: number) => string[],
): void {
  useEffect(() => {
    editor.registerPlugin(activeCommentPlugin());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(activeCommentKey);
    };
  }, [editor]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(activeCommentKey, activeId));
  }, [editor, activeId]);

  useEffect(() => {
    const dom = editor.view.dom;
    const handleClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const id = target?.closest(".comment-anchor")?.getAttribute("data-comment-id");
      if (id) onActivate(id, "click");
    };
    const handleSelection = () => {
      const { selection } = editor.state;
      if (!selection.empty || !editor.isFocused) return;
      const [id] = idsAt(selection.from);
      if (id) onActivate(id, "caret");
    };
    dom.addEventListener("click", handleClick);
    editor.on("selectionUpdate", handleSelection);
    return () => {
      dom.removeEventListener("click", handleClick);
      editor.off("selectionUpdate", handleSelection);
    };
  }, [editor, onActivate, idsAt]);
}
