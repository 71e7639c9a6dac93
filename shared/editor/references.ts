import { mergeAttributes, Node } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { citationOf } from "./locator.ts";
import { REGULATION_NODE as N } from "./nodeNames.ts";
import { numberRegulation, type RegulationNumbering } from "./numbering.ts";

/** Node name of a reference to another provision. */
export const ARTICLE_REFERENCE = "articleReference";

/**
 * A reference to another provision, as in "sebagaimana dimaksud dalam Pasal 5 ayat (2)".
 * Inline atom whose only content is `targetId`: the id of the Pasal, ayat or huruf/angka item it
 * points to (one id rather than article + ayat, so a reference can reach "huruf b" too). Its text
 * is never stored: `referenceCitations` computes it from the target's current number, so it
 * follows renumbering. HTML: `<a data-type="articleReference" data-target-id="…">`.
 */
export const articleReference = Node.create({
  name: ARTICLE_REFERENCE,
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      targetId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-target-id"),
        renderHTML: (attributes) => ({ "data-target-id": attributes.targetId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: `a[data-type="${ARTICLE_REFERENCE}"]` }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["a", mergeAttributes(HTMLAttributes, { "data-type": ARTICLE_REFERENCE })];
  },
});

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
