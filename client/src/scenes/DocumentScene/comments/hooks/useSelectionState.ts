import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";

/** What the comment controls need to know about the selection in the text. */
export interface SelectionState {
  /** A passage with readable text is selected. */
  hasPassage: boolean;
  from: number;
  to: number;
  focused: boolean;
}

/** The selection in the text, updated as the person selects (not on others' typing alone). */
export function useSelectionState(editor: Editor): SelectionState {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { from, to, empty } = current.state.selection;
      return {
        hasPassage: !empty && current.state.doc.textBetween(from, to, "\n").trim() !== "",
        from,
        to,
        focused: current.isFocused,
      };
    },
  });
}
