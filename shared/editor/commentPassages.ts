import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { COMMENT_MARK } from "./commentAnchor.ts";
import { locatorAt } from "./locator.ts";
import { REGULATION_NODE } from "./nodeNames.ts";
import { numberRegulation, type RegulationNumbering } from "./numbering.ts";

/** Where a comment's passage lies in a draft, and how it reads. */
export interface AnchoredPassage {
  /** ProseMirror positions of the passage's ends. */
  from: number;
  to: number;
  /** The passage's text, blocks joined by "\n". */
  quote: string;
  /**
   * Character offsets into the draft's plain text (`doc.textBetween(0, doc.content.size, "\n")`):
   * `plain.slice(offsets.from, offsets.to) === quote`.
   */
  offsets: { from: number; to: number };
  /** "BAB II, Pasal 12 ayat (2)" in a structured regulation; null in a free draft. */
  locator: string | null;
}

/**
 * The passage between two positions of a draft, as a comment records it. Pass `numbering` of a
 * regulation when describing many passages of the same document.
 */
export function describePassage(
  doc: ProseMirrorNode,
  from: number,
  to: number,
  numbering?: RegulationNumbering,
): AnchoredPassage {
  const quote = doc.textBetween(from, to, "\n");
  // The text before `from` and the passage join without a separator of their own, so the
  // offset is the length of everything before.
  const start = doc.textBetween(0, from, "\n").length;
  return {
    from,
    to,
    quote,
    offsets: { from: start, to: start + quote.length },
    locator: isRegulation(doc) ? locatorAt(doc, from, numbering ?? numberRegulation(doc)) : null,
  };
}

/**
 * Every comment anchored in a draft, by comment id: the span from the first to the last piece
 * of text carrying its mark (a passage split over several blocks reads with "\n" between them).
 * A comment missing here lost its passage: "passage removed".
 */
export function commentPassages(doc: ProseMirrorNode): Map<string, AnchoredPassage> {
  const spans = new Map<string, { from: number; to: number }>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      const id = mark.type.name === COMMENT_MARK ? mark.attrs.id : null;
      if (typeof id !== "string") continue;
      const span = spans.get(id);
      if (span) span.to = pos + node.nodeSize;
      else spans.set(id, { from: pos, to: pos + node.nodeSize });
    }
    return false;
  });
  const numbering = isRegulation(doc) && spans.size > 0 ? numberRegulation(doc) : undefined;
  const passages = new Map<string, AnchoredPassage>();
  for (const [id, span] of spans) {
    passages.set(id, describePassage(doc, span.from, span.to, numbering));
  }
  return passages;
}

function isRegulation(doc: ProseMirrorNode): boolean {
  return doc.type.schema.nodes[REGULATION_NODE.article] !== undefined;
}
