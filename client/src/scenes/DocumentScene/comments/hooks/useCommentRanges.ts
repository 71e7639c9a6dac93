import type { Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { useEditorState } from "@tiptap/react";
import { useMemo } from "react";
import { commentRanges, type PassageRange } from "../threadOrder.ts";

/**
 * Where each comment's passage is in the live text, recomputed whenever the text changes
 * (anyone's edit, or the server marking a new comment) but not when only the caret moves.
 */
export function useCommentRanges(editor: Editor): Map<string, PassageRange> {
  const doc = useEditorState({
    editor,
    selector: ({ editor: current }): ProseMirrorNode => current.state.doc,
    // Documents are immutable: a new one is a change; comparing them deeply would be wasted work.
    equalityFn: (a, b) => a === b,
  });
  return useMemo(() => commentRanges(doc), [doc]);
}
