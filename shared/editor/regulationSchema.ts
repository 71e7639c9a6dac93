/*
 * Why the content expressions are permissive (merge safety).
 *
 * Drafters edit one Y.XmlFragment at once, and Yjs merges any two edits that were each valid on
 * their own: two drafters who each delete one of the two Pasal of a BAB leave a BAB with only its
 * title; one who turns a Pasal's text into ayat while another adds a sentence leaves a Pasal with
 * both. When @tiptap/y-tiptap rebuilds the ProseMirror document it creates every node with
 * `createChecked`, and a node whose children break its content expression is DELETED, in the
 * shared document, for everyone; its parent may then break its own rule and go too. So the schema
 * only states what no merge can break, and `checkRegulationForm` (formRules.ts) reports the rest
 * as warnings the drafter resolves.
 *
 * - Nesting stays strict (ayat only in a Pasal, nothing structural inside an ayat, no BAB in a
 *   Pasal …): a merge combines edits, it never moves a node to a parent no drafter put it in.
 * - Counts are `*`, never `+`: concurrent deletions of different children can empty any node.
 * - Alternatives become unions ("ayat or plain text" → both; "BAB or Pasal" → both): one drafter
 *   replacing children of one kind by the other while another adds a child of the old kind
 *   leaves both kinds side by side.
 * - A fixed sequence stays only for a node that exists from creation on, is unique by name among
 *   its siblings (so the binding updates it in place and never deletes and re-inserts it), and
 *   that no drafter can insert or delete on their own: judul, pembukaan, batang tubuh; Menimbang,
 *   Mengingat and the diktum within the pembukaan; the title line of a BAB, Bagian or Paragraf;
 *   "Menetapkan"; Penjelasan Umum. Nothing can be merged before or between them, since a drafter
 *   inserts next to them only where the form allows and Yjs keeps an insertion between its
 *   neighbours. The server seeds that skeleton once (documentCreator); clients never do.
 * - Penutup and Penjelasan are optional, so two drafters can each add one at the same moment:
 *   `(closing | elucidation)*` keeps a duplicate or a swapped pair instead of losing both.
 */
import { type Extensions, getSchema, Node } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { COMMENT_MARK, CommentAnchor } from "./commentAnchor.ts";
import type { PointListKind } from "./nodeNames.ts";
import { REGULATION_NODE } from "./nodeNames.ts";
import { articleReference } from "./articleReference.ts";
import { regulationNode } from "./regulationNode.ts";
import { unitIdAttribute } from "./unitId.ts";

const N = REGULATION_NODE;
/** Text of a provision: sentences and rincian (no ayat, no structural units). */
const PROVISION_TEXT = `(paragraph | ${N.pointList})`;

/** Top node: judul, pembukaan and batang tubuh, then Penutup and Penjelasan, added later. */
const RegulationDocument = Node.create({
  name: N.doc,
  topNode: true,
  content: `${N.regulationTitle} ${N.preamble} ${N.body} (${N.closing} | ${N.elucidation})*`,
});

/** Judul. Inline content, hard breaks allowed; the regulation's own number is plain text. */
const RegulationTitle = Node.create({
  name: N.regulationTitle,
  content: "inline*",
  defining: true,
  addAttributes: () => ({ id: unitIdAttribute }),
  parseHTML: () => [{ tag: `h1[data-type="${N.regulationTitle}"]` }],
  renderHTML: ({ HTMLAttributes }) => [
    "h1",
    { ...HTMLAttributes, "data-type": N.regulationTitle },
    0,
  ],
});

/** Every node of the regulation's form besides the top node, the title and references. */
export const regulationStructureNodes: Node[] = [
  RegulationDocument,
  RegulationTitle,
  // Opening lines ("DENGAN RAHMAT TUHAN YANG MAHA ESA", "BUPATI SLEMAN,") are paragraphs.
  regulationNode({
    name: N.preamble,
    tag: "section",
    content: `paragraph* ${N.considerations} ${N.legalBases} ${N.enactment}`,
  }),
  regulationNode({ name: N.considerations, tag: "ol", content: `${N.consideration}*` }),
  regulationNode({ name: N.consideration, tag: "li", content: "paragraph*" }),
  regulationNode({ name: N.legalBases, tag: "ol", content: `${N.legalBasis}*` }),
  regulationNode({ name: N.legalBasis, tag: "li", content: "paragraph*" }),
  // Joint-approval paragraphs, then (rendered) "MEMUTUSKAN:" and "Menetapkan :" before the name.
  regulationNode({ name: N.enactment, tag: "section", content: `paragraph* ${N.enactedName}` }),
  regulationNode({ name: N.enactedName, tag: "p", content: "inline*" }),
  // Short regulations have Pasal without any BAB; the form forbids mixing the two, a merge may not.
  regulationNode({ name: N.body, tag: "section", content: `(${N.chapter} | ${N.article})*` }),
  regulationNode({
    name: N.chapter,
    tag: "section",
    content: `${N.unitTitle} (${N.part} | ${N.article})*`,
  }),
  regulationNode({
    name: N.part,
    tag: "section",
    content: `${N.unitTitle} (${N.subpart} | ${N.article})*`,
  }),
  regulationNode({ name: N.subpart, tag: "section", content: `${N.unitTitle} ${N.article}*` }),
  // No emphasis in a title line, but a comment can be made on it.
  regulationNode({ name: N.unitTitle, tag: "h2", content: "text*", marks: COMMENT_MARK }),
  // The form wants ayat or plain text with rincian, never both; the schema tolerates both.
  regulationNode({
    name: N.article,
    tag: "article",
    content: `(${N.clause} | ${PROVISION_TEXT})*`,
  }),
  // An ayat should open with a sentence; a merge can delete it, so the schema does not insist.
  regulationNode({ name: N.clause, tag: "div", content: `${PROVISION_TEXT}*` }),
  regulationNode({
    name: N.pointList,
    tag: "ol",
    content: `${N.point}*`,
    attributes: { kind: { default: "letter" satisfies PointListKind } },
  }),
  regulationNode({ name: N.point, tag: "li", content: `${PROVISION_TEXT}*` }),
  regulationNode({ name: N.closing, tag: "section", content: "paragraph*" }),
  regulationNode({
    name: N.elucidation,
    tag: "section",
    content: `${N.generalElucidation} ${N.articleElucidation}*`,
  }),
  regulationNode({ name: N.generalElucidation, tag: "section", content: "paragraph*" }),
  regulationNode({
    name: N.articleElucidation,
    tag: "section",
    content: `(${N.clauseElucidation} | ${PROVISION_TEXT})*`,
    attributes: { targetId: { default: null } },
  }),
  regulationNode({
    name: N.clauseElucidation,
    tag: "div",
    content: `${PROVISION_TEXT}*`,
    attributes: { targetId: { default: null } },
  }),
];

/**
 * Everything a regulation document needs, for the browser editor (add Collaboration and carets)
 * and for the server headlessly (`getRegulationSchema`). Text comes from StarterKit, reduced to
 * paragraph, text, hard break and inline marks; its document, headings, block quotes, lists and
 * trailing-node plugin are off because the regulation's own nodes replace them. Every node that
 * holds text allows the comment mark, so a passage keeps its comments whatever block it moves to.
 */
export const regulationExtensions: Extensions = [
  StarterKit.configure({
    document: false,
    heading: false,
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
    listKeymap: false,
    codeBlock: false,
    code: false,
    horizontalRule: false,
    link: false,
    strike: false,
    undoRedo: false,
    trailingNode: false,
  }),
  ...regulationStructureNodes,
  articleReference,
  CommentAnchor,
];

let cachedSchema: Schema | null = null;

/** The ProseMirror schema of a regulation, built once, usable without a browser. */
export function getRegulationSchema(): Schema {
  cachedSchema ??= getSchema(regulationExtensions);
  return cachedSchema;
}
