import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { PassageRange } from "../DocumentScene/comments/threadOrder.ts";

/** A run of readable text in a document: where it starts, and where it starts in the plain text. */
interface TextSegment {
  pos: number;
  offset: number;
  length: number;
  /** A text node (every character a position); otherwise an inline leaf read as text. */
  isText: boolean;
  nodeSize: number;
}

/**
 * The document's readable text as `doc.textBetween(0, doc.content.size, "\n")` spells it (the
 * plain text comment offsets count in, `shared/editor/commentPassages.ts`), as runs tied to
 * their positions. Follows ProseMirror's own walk, so the two can never disagree.
 */
function textSegments(doc: ProseMirrorNode): TextSegment[] {
  const segments: TextSegment[] = [];
  let length = 0;
  let first = true;
  doc.nodesBetween(0, doc.content.size, (node, pos) => {
    const leafText = node.type.spec.leafText;
    const text = node.isText ? (node.text ?? "") : node.isLeaf && leafText ? leafText(node) : "";
    if (node.isBlock && ((node.isLeaf && text) || node.isTextblock)) {
      if (first) first = false;
      else length += 1;
    }
    if (text) {
      segments.push({
        pos,
        offset: length,
        length: text.length,
        isText: node.isText,
        nodeSize: node.nodeSize,
      });
      length += text.length;
    }
  });
  return segments;
}

/**
 * Maps comments' character offsets (into the plain text of a frozen version) back to positions
 * in that version's document, to draw their passages. Built once per document; each lookup is
 * a binary search. A passage that begins or ends on a line break is drawn over its text only.
 */
export function passageLocator(
  doc: ProseMirrorNode,
): (offsets: PassageRange) => PassageRange | null {
  const segments = textSegments(doc);
  // The first segment whose text ends after `offset` (or, with `inclusive`, at it).
  const find = (offset: number, inclusive: boolean) => {
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle] as TextSegment;
      const end = segment.offset + segment.length;
      if (inclusive ? end >= offset : end > offset) high = middle;
      else low = middle + 1;
    }
    return segments[low];
  };
  return ({ from, to }) => {
    if (from >= to) return null;
    const start = find(from, false);
    const end = find(to, true);
    if (!start || !end) return null;
    const startPos = start.isText ? start.pos + Math.max(0, from - start.offset) : start.pos;
    const endPos = end.isText ? end.pos + Math.max(0, to - end.offset) : end.pos + end.nodeSize;
    // `to` on a line break before `end`: the passage ends with the previous block's text.
    if (to <= end.offset) {
      const previous = segments[segments.indexOf(end) - 1];
      if (!previous) return null;
      const previousEnd = previous.pos + (previous.isText ? previous.length : previous.nodeSize);
      return startPos < previousEnd ? { from: startPos, to: previousEnd } : null;
    }
    return startPos < endPos ? { from: startPos, to: endPos } : null;
  };
}
