import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

/** A text block of a version, with where its text starts in the plain text and in the document. */
interface TextBlockStart {
  /** Position of the block's first content position. */
  pos: number;
  node: ProseMirrorNode;
  /** Offset of the block's first character in `doc.textBetween(0, doc.content.size, "\n")`. */
  offset: number;
}

/** Maps character offsets into a version's plain text to ProseMirror positions, and back. */
export interface OffsetMap {
  /** The position at `offset`; `side` says which end of an atom (a reference) an offset inside it snaps to. */
  positionAt(offset: number, side: "start" | "end"): number;
}

/**
 * Builds the map for `doc`. The plain text is `doc.textBetween(0, doc.content.size, "\n")` — the
 * text comment anchors count in (shared/editor/commentPassages.ts) — so block starts are measured
 * with the same function: from inside one block to inside the next, `textBetween` adds exactly that
 * block's separator, which keeps the sums exact whatever leaf text (references, line breaks) a
 * schema defines. Linear in the document's size.
 */
export function offsetMapOf(doc: ProseMirrorNode): OffsetMap {
  const blocks: TextBlockStart[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const start = pos + 1;
    const previous = blocks.at(-1);
    const offset = previous
      ? previous.offset + doc.textBetween(previous.pos, start, "\n").length
      : doc.textBetween(0, start, "\n").length;
    blocks.push({ pos: start, node, offset });
    return false;
  });

  const blockAt = (offset: number): TextBlockStart | undefined => {
    let low = 0;
    let high = blocks.length - 1;
    let found: TextBlockStart | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const block = blocks[middle] as TextBlockStart;
      if (block.offset <= offset) {
        found = block;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };

  return {
    positionAt(offset, side) {
      const block = blockAt(offset);
      if (!block) return 0;
      let at = block.offset;
      let pos = block.pos;
      for (let i = 0; i < block.node.childCount; i++) {
        const child = block.node.child(i);
        const length = child.isText
          ? (child.text ?? "").length
          : doc.textBetween(pos, pos + child.nodeSize, "\n").length;
        if (offset < at + length || (offset === at + length && side === "end")) {
          if (child.isText) return pos + (offset - at);
          // Inside an atom (a reference): the whole atom belongs to the passage.
          return side === "start" || offset === at ? pos : pos + child.nodeSize;
        }
        at += length;
        pos += child.nodeSize;
      }
      // At the separator after the block's text.
      return pos;
    },
  };
}

/** The document range of a comment's anchor, or null when it is empty or outside the text. */
export function anchorRange(
  map: OffsetMap,
  anchor: { from: number; to: number },
): { from: number; to: number } | null {
  if (anchor.to <= anchor.from) return null;
  const from = map.positionAt(anchor.from, "start");
  const to = map.positionAt(anchor.to, "end");
  return to > from ? { from, to } : null;
}
