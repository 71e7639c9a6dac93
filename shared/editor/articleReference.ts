import { mergeAttributes, Node } from "@tiptap/core";

// Its own module, imported by the schema: the citation code (references.ts) needs the numbering,
// which needs the schema, and a schema importing it back made the node undefined for whoever
// loaded references.ts first.

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
