import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { citationOf } from "./locator.ts";
import { ARTICLE_REFERENCE } from "./articleReference.ts";
import { REGULATION_NODE as N } from "./nodeNames.ts";
import { numberRegulation, type RegulationNumbering } from "./numbering.ts";

export { ARTICLE_REFERENCE, articleReference } from "./articleReference.ts";

/** A reference as it reads in the current version of the document. */
export interface ReferenceCitation {
  /** Position of the reference node. */
  pos: number;
  targetId: string | null;
  /** "Pasal 5 ayat (2)", "ayat (1)" within the same Pasal; null when the target is gone. */
  text: string | null;
}

/** Every `articleReference` of the document with its computed text, in document order. */
export function referenceCitations(
  doc: ProseMirrorNode,
  numbering: RegulationNumbering = numberRegulation(doc),
): ReferenceCitation[] {
  const citations: ReferenceCitation[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== ARTICLE_REFERENCE) return true;
    const targetId = node.attrs.targetId ?? null;
    citations.push({ pos, targetId, text: citationOf(doc, targetId, numbering, pos) });
    return false;
  });
  return citations;
}

/** A node that points at a provision that no longer exists. */
export interface DanglingReference {
  pos: number;
  /** `articleReference`, `articleElucidation` or `clauseElucidation`. */
  nodeType: string;
  targetId: string | null;
}

const POINTING_NODES = new Set<string>([
  ARTICLE_REFERENCE,
  N.articleElucidation,
  N.clauseElucidation,
]);

/**
 * References and elucidations (Penjelasan "Pasal 5", "Ayat (1)") whose target was deleted or
 * was never set, so the editor can flag them and the drafter can repoint or remove them.
 */
export function findDanglingReferences(
  doc: ProseMirrorNode,
  numbering: RegulationNumbering = numberRegulation(doc),
): DanglingReference[] {
  const dangling: DanglingReference[] = [];
  doc.descendants((node, pos) => {
    if (!POINTING_NODES.has(node.type.name)) return true;
    const targetId = node.attrs.targetId ?? null;
    if (targetId === null || !numbering.byId.has(targetId)) {
      dangling.push({ pos, nodeType: node.type.name, targetId });
    }
    return true;
  });
  return dangling;
}
