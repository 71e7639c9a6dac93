import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { absolutePositionToRelativePosition } from "@tiptap/y-tiptap";
import { toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import type { PassageAnchor } from "../schemas/comments.ts";

/** The binding's map from Y types to the ProseMirror nodes they show. */
export type BindingMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/** A selection in an editor bound to a Y.XmlFragment, as the ySync plugin sees it. */
export interface BoundSelection {
  /** The editor's document. */
  doc: ProseMirrorNode;
  /** The selection's ends, `from < to`. */
  from: number;
  to: number;
  /** The Y.XmlFragment the editor is bound to. */
  fragment: Y.XmlFragment;
  /** The binding's mapping: `ySyncPluginKey.getState(state).binding.mapping`. */
  mapping: BindingMapping;
}

/**
 * The anchor a new comment is made with: both ends of the selection as Yjs relative positions
 * (base64), so they stay valid while others keep typing until the server applies the mark, and
 * the passage as its author sees it. Free of DOM: the client and the tests both use it.
 *
 * The start sticks to the passage's first character and the end to its last, so text typed
 * meanwhile just outside the passage stays outside it.
 */
export function anchorFromSelection(selection: BoundSelection): PassageAnchor {
  const { doc, from, to, fragment, mapping } = selection;
  return {
    start: encodePosition(fragment, absolutePositionToRelativePosition(from, fragment, mapping), 0),
    end: encodePosition(fragment, absolutePositionToRelativePosition(to, fragment, mapping), -1),
    quote: doc.textBetween(from, to, "\n"),
  };
}

/**
 * A relative position re-associated to the character after it (`assoc` 0) or before it (-1).
 * The binding always associates text positions with the character before. A position at the
 * very start of a text keeps its type-based form: the binding resolves item-based positions
 * near the start of the document as misresolved.
 */
function encodePosition(
  fragment: Y.XmlFragment,
  relative: Y.RelativePosition,
  assoc: number,
): string {
  const ydoc = fragment.doc;
  const absolute = ydoc ? Y.createAbsolutePositionFromRelativePosition(relative, ydoc) : null;
  let position = relative;
  if (absolute && absolute.type instanceof Y.XmlText && absolute.index > 0 && assoc >= 0) {
    position = Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc);
  }
  return toBase64(Y.encodeRelativePosition(position));
}
