import type { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { numberingOf } from "./numberingDecorations.ts";

/**
 * Focuses the editor with the caret at the start of the unit with this id (found again in the
 * current numbering, since others may have edited) or, failing that, at `pos`; scrolls to it.
 */
export function moveCaretTo(editor: Editor, pos: number, id: string | null = null): void {
  const current = id ? numberingOf(editor.state).byId.get(id)?.pos : undefined;
  const target = current ?? pos;
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      const inside = Math.max(0, Math.min(target + 1, tr.doc.content.size));
      tr.setSelection(TextSelection.near(tr.doc.resolve(inside)));
      tr.scrollIntoView();
      return true;
    })
    .run();
}
