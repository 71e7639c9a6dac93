import type { JSONContent } from "@tiptap/core";
import { newUnitId } from "../../../shared/editor/unitId.ts";

/** Text nodes for `text`; none for an empty string, which ProseMirror does not allow. */
export function textContent(text: string): JSONContent[] {
  return text === "" ? [] : [{ type: "text", text }];
}

/** A paragraph holding plain text (possibly empty). */
export function paragraphOf(text: string): JSONContent {
  return { type: "paragraph", content: textContent(text) };
}

/** A structural unit with a fresh id, so references and elucidations can point at it. */
export function unitOf(type: string, content: JSONContent[] = [], attrs = {}): JSONContent {
  return { type, attrs: { id: newUnitId(), ...attrs }, content };
}

/** The children of a node, created when missing so builders can push to them. */
export function childrenOf(node: JSONContent): JSONContent[] {
  node.content ??= [];
  return node.content;
}
