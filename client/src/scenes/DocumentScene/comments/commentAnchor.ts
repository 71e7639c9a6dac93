import type { EditorState } from "@tiptap/pm/state";
import { absolutePositionToRelativePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import { toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import type { PassageAnchor } from "../../../../../shared/schemas/index.ts";

/** The selected passage as it reads, blocks joined by newlines (as the server compares it). */
export function selectedQuote(state: EditorState): string {
  const { from, to } = state.selection;
  return state.doc.textBetween(from, to, "\n");
}

/**
 * Where a comment on the current selection is anchored: both ends as Yjs relative positions
 * (base64), which stay put while others type, and the quote the author saw. Null when nothing
 * readable is selected or the editor is not bound to the shared document yet.
 */
export function anchorOfSelection(state: EditorState): PassageAnchor | null {
  const { from, to, empty } = state.selection;
  const quote = selectedQuote(state);
  if (empty || quote.trim() === "") return null;
  const binding = ySyncPluginKey.getState(state)?.binding;
  if (!binding?.type) return null;
  const encode = (pos: number) =>
    toBase64(
      Y.encodeRelativePosition(
        absolutePositionToRelativePosition(pos, binding.type, binding.mapping),
      ),
    );
  return { start: encode(from), end: encode(to), quote };
}
