import { type Extensions, getSchema, Node } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import type { PointListKind } from "./nodeNames.ts";
import { REGULATION_NODE } from "./nodeNames.ts";
import { articleReference } from "./references.ts";
import { regulationNode } from "./regulationNode.ts";
import { unitIdAttribute } from "./unitId.ts";

const N = REGULATION_NODE;
/** Text of a provision: sentences and rincian (no ayat, no structural units). */
const PROVISION_TEXT = `(paragraph | ${N.pointList})`;

/** Top node: the form of a whole regulation, in its fixed order. */
const RegulationDocument = Node.create({
  name: N.doc,
  topNode: true,
  content: `${N.regulationTitle} ${N.preamble} ${N.body} ${N.closing}? ${N.elucidation}?`,
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
  regulationNode({ name: N.considerations, tag: "ol", content: `${N.consideration}+` }),
  regulationNode({ name: N.consideration, tag: "li", content: "paragraph+" }),
  regulationNode({ name: N.legalBases, tag: "ol", content: `${N.legalBasis}+` }),
  regulationNode({ name: N.legalBasis, tag: "li", content: "paragraph+" }),
  // Joint-approval paragraphs, then (rendered) "MEMUTUSKAN:" and "Menetapkan :" before the name.
  regulationNode({ name: N.enactment, tag: "section", content: `paragraph* ${N.enactedName}` }),
  regulationNode({ name: N.enactedName, tag: "p", content: "inline*" }),
  // Short regulations may have Pasal without any BAB; a body never mixes the two.
  regulationNode({ name: N.body, tag: "section", content: `(${N.chapter}+ | ${N.article}+)` }),
  regulationNode({
    name: N.chapter,
    tag: "section",
    content: `${N.unitTitle} (${N.part}+ | ${N.article}+)`,
  }),
  regulationNode({
    name: N.part,
    tag: "section",
    content: `${N.unitTitle} (${N.subpart}+ | ${N.article}+)`,
  }),
  regulationNode({ name: N.subpart, tag: "section", content: `${N.unitTitle} ${N.article}+` }),
  regulationNode({ name: N.unitTitle, tag: "h2", content: "text*", marks: "" }),
  // A Pasal is either divided into ayat or is plain text with rincian, never both.
  regulationNode({
    name: N.article,
    tag: "article",
    content: `(${N.clause}+ | ${PROVISION_TEXT}+)`,
  }),
  regulationNode({ name: N.clause, tag: "div", content: `paragraph ${PROVISION_TEXT}*` }),
  regulationNode({
    name: N.pointList,
    tag: "ol",
    content: `${N.point}+`,
    attributes: { kind: { default: "letter" satisfies PointListKind } },
  }),
  regulationNode({ name: N.point, tag: "li", content: `paragraph ${PROVISION_TEXT}*` }),
  regulationNode({ name: N.closing, tag: "section", content: "paragraph+" }),
  regulationNode({
    name: N.elucidation,
    tag: "section",
    content: `${N.generalElucidation} ${N.articleElucidation}*`,
  }),
  regulationNode({ name: N.generalElucidation, tag: "section", content: "paragraph+" }),
  regulationNode({
    name: N.articleElucidation,
    tag: "section",
    content: `(${N.clauseElucidation}+ | ${PROVISION_TEXT}+)`,
    attributes: { targetId: { default: null } },
  }),
  regulationNode({
    name: N.clauseElucidation,
    tag: "div",
    content: `${PROVISION_TEXT}+`,
    attributes: { targetId: { default: null } },
  }),
];

/**
 * Everything a regulation document needs, for the browser editor (add Collaboration and carets)
 * and for the server headlessly (`getRegulationSchema`). Text comes from StarterKit, reduced to
 * paragraph, text, hard break and inline marks; its document, headings, block quotes, lists and
 * trailing-node plugin are off because the regulation's own nodes replace them.
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
];

let cachedSchema: Schema | null = null;

/** The ProseMirror schema of a regulation, built once, usable without a browser. */
export function getRegulationSchema(): Schema {
  cachedSchema ??= getSchema(regulationExtensions);
  return cachedSchema;
}
