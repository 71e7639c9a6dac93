import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Transform } from "@tiptap/pm/transform";
import { schemaForForm } from "../../../shared/editor/freeSchema.ts";
import { REGULATION_NODE as N } from "../../../shared/editor/nodeNames.ts";
import type { VersionAnchor } from "../../../shared/schemas/index.ts";
import { paragraphOf, unitOf } from "../regulation/regulationJson.ts";

/** Where `text` starts in the first text block that holds it, as a ProseMirror position. */
export function positionOf(doc: ProseMirrorNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (!node.isTextblock) return true;
    const at = node.textContent.indexOf(text);
    if (at >= 0) found = pos + 1 + at;
    return false;
  });
  if (found < 0) throw new Error(`demo: "${text}" is not in the draft`);
  return found;
}

/**
 * The anchor a reviewer's editor sends when they select `quote` in a round's version: its
 * ProseMirror positions in the version's document and the quote.
 */
export function versionAnchorOf(content: JSONContent, quote: string): VersionAnchor {
  const from = positionOf(schemaForForm("regulation").nodeFromJSON(content), quote);
  return { from, to: from + quote.length, quote };
}

/** Types `text` just before or after `near`, carrying the marks there as typing does. */
export function typeText(
  tr: Transform,
  near: string,
  text: string,
  where: "before" | "after" = "after",
): void {
  const start = positionOf(tr.doc, near);
  const at = where === "before" ? start : start + near.length;
  tr.insert(at, tr.doc.type.schema.text(text, tr.doc.resolve(at).marks()));
}

/** Adds a new ayat after the ayat holding `text`, as a drafter does with Enter at its end. */
export function addClauseAfter(tr: Transform, text: string, sentence: string): void {
  const $pos = tr.doc.resolve(positionOf(tr.doc, text));
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).type.name !== N.clause) continue;
    const clause = unitOf(N.clause, [paragraphOf(sentence)]);
    tr.insert($pos.after(depth), tr.doc.type.schema.nodeFromJSON(clause));
    return;
  }
  throw new Error(`demo: "${text}" is not in an ayat`);
}
