import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { COMMENT_MARK } from "../../../../../shared/editor/commentAnchor.ts";
import type { CommentThread } from "../../../../../shared/schemas/index.ts";

/** Where a comment's passage is in the live text now. */
export interface PassageRange {
  from: number;
  to: number;
}

/**
 * Where each comment's mark is in the document, by comment id: from the first character that
 * carries it to the last (marks may overlap and be split by other marks or by edits).
 */
export function commentRanges(doc: ProseMirrorNode): Map<string, PassageRange> {
  const ranges = new Map<string, PassageRange>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== COMMENT_MARK || typeof mark.attrs.id !== "string") continue;
      const end = pos + node.nodeSize;
      const range = ranges.get(mark.attrs.id);
      if (range) range.to = Math.max(range.to, end);
      else ranges.set(mark.attrs.id, { from: pos, to: end });
    }
    return false;
  });
  return ranges;
}

/** A thread placed in the text, or one whose passage was deleted (range null). */
export interface PlacedThread {
  thread: CommentThread;
  range: PassageRange | null;
}

/**
 * Threads in the order of their passages in the text (ties: the older first); threads whose
 * passage is gone come last, oldest first, so nobody's comment disappears from the list.
 */
export function orderThreads(
  threads: readonly CommentThread[],
  ranges: ReadonlyMap<string, PassageRange>,
): PlacedThread[] {
  const placed = threads.map((thread) => ({ thread, range: ranges.get(thread.id) ?? null }));
  return placed.sort((a, b) => {
    if (a.range && b.range) {
      return a.range.from - b.range.from || a.thread.createdAt.localeCompare(b.thread.createdAt);
    }
    if (a.range) return -1;
    if (b.range) return 1;
    return a.thread.createdAt.localeCompare(b.thread.createdAt);
  });
}

/** Ids of the comments whose mark covers `pos`, innermost (most recent mark) first. */
export function commentsAt(doc: ProseMirrorNode, pos: number): string[] {
  const $pos = doc.resolve(pos);
  const marks = [...($pos.nodeAfter?.marks ?? []), ...($pos.nodeBefore?.marks ?? [])];
  const ids = marks
    .filter((mark) => mark.type.name === COMMENT_MARK && typeof mark.attrs.id === "string")
    .map((mark) => String(mark.attrs.id));
  return [...new Set(ids)].reverse();
}
