import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Document, Packer, type Paragraph, type ParagraphChild, TextRun } from "docx";
import { REGULATION_NODE as N } from "../../../shared/editor/nodeNames.ts";
import { numberRegulation, type RegulationNumbering } from "../../../shared/editor/numbering.ts";
import { ARTICLE_REFERENCE, referenceCitations } from "../../../shared/editor/references.ts";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import {
  CM,
  centredLine,
  HANGING,
  headingLine,
  labelledContinuation,
  labelledParagraph,
  markedParagraph,
  textParagraph,
  titleLines,
} from "./docxLayout.ts";

/** What rendering needs besides the node: computed numbers and reference texts. */
interface ExportContext {
  numbering: RegulationNumbering;
  /** Reference text by the reference node's position. */
  citations: Map<number, string>;
}

/** Runs of a text block; references print their current citation, as the editor shows them. */
function runsOf(block: ProseMirrorNode, pos: number, context: ExportContext): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  block.forEach((child, offset) => {
    const marks = new Set(child.marks.map((mark) => mark.type.name));
    const style = {
      bold: marks.has("bold"),
      italics: marks.has("italic"),
      ...(marks.has("underline") ? { underline: {} } : {}),
    };
    if (child.isText) runs.push(new TextRun({ text: child.text ?? "", ...style }));
    else if (child.type.name === "hardBreak") runs.push(new TextRun({ break: 1 }));
    else if (child.type.name === ARTICLE_REFERENCE) {
      const text = context.citations.get(pos + 1 + offset) ?? "[rujukan tidak ditemukan]";
      runs.push(new TextRun({ text, ...style }));
    }
  });
  return runs;
}

const markerAt = (context: ExportContext, pos: number) =>
  context.numbering.byPos.get(pos)?.marker ?? "";

/**
 * Text of a Pasal, ayat, item or elucidation: sentences at `indent`, rincian items with their
 * marker hanging at `indent` and their text one step in.
 */
function provisionParagraphs(
  node: ProseMirrorNode,
  pos: number,
  indent: number,
  context: ExportContext,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  node.forEach((child, offset) => {
    const childPos = pos + 1 + offset;
    if (child.type.name === "paragraph") {
      paragraphs.push(textParagraph(runsOf(child, childPos, context), indent));
    } else if (child.type.name === N.pointList || child.type.name === N.articleElucidation) {
      paragraphs.push(...provisionParagraphs(child, childPos, indent, context));
    } else if (child.type.name === N.clause || child.type.name === N.point) {
      paragraphs.push(...markedUnit(child, childPos, markerAt(context, childPos), indent, context));
    } else if (child.type.name === N.clauseElucidation) {
      const target = context.numbering.byId.get(child.attrs.targetId ?? "");
      paragraphs.push(textParagraph([new TextRun(`Ayat ${target?.marker ?? "(?)"}`)], indent));
      paragraphs.push(...provisionParagraphs(child, childPos, indent, context));
    }
  });
  return paragraphs;
}

/** An ayat or rincian item: marker and first sentence on one line, the rest under the text. */
function markedUnit(
  node: ProseMirrorNode,
  pos: number,
  marker: string,
  indent: number,
  context: ExportContext,
): Paragraph[] {
  const first = node.firstChild as ProseMirrorNode;
  const rest = node.copy(node.content.cut(first.nodeSize));
  return [
    markedParagraph(marker, runsOf(first, pos + 1, context), indent),
    // `rest` starts where the first sentence ended, so its positions are shifted by that size.
    ...provisionParagraphs(rest, pos + first.nodeSize, indent + HANGING, context),
  ];
}

/** BAB, Bagian and Paragraf headings with their title, then what they hold. */
function bodyParagraphs(node: ProseMirrorNode, pos: number, context: ExportContext): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  node.forEach((child, offset) => {
    const childPos = pos + 1 + offset;
    const name = child.type.name;
    if (name === N.unitTitle) paragraphs.push(headingLine(child.textContent, true, false));
    else if (name === N.article) {
      paragraphs.push(headingLine(markerAt(context, childPos), false, true));
      paragraphs.push(...provisionParagraphs(child, childPos, 0, context));
    } else {
      paragraphs.push(headingLine(markerAt(context, childPos), true, true));
      paragraphs.push(...bodyParagraphs(child, childPos, context));
    }
  });
  return paragraphs;
}

/** Menimbang or Mengingat: the label on the first item, markers from the numbering. */
function labelledList(
  label: string,
  node: ProseMirrorNode,
  pos: number,
  context: ExportContext,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  node.forEach((item, itemOffset) => {
    const itemPos = pos + 1 + itemOffset;
    item.forEach((block, blockOffset) => {
      const runs = runsOf(block, itemPos + 1 + blockOffset, context);
      if (blockOffset > 0) paragraphs.push(labelledContinuation(runs));
      else {
        const itemLabel = itemOffset === 0 ? label : "";
        paragraphs.push(labelledParagraph(itemLabel, markerAt(context, itemPos), runs));
      }
    });
  });
  return paragraphs;
}

/** Opening lines, Menimbang, Mengingat, then the diktum with MEMUTUSKAN and Menetapkan. */
function preambleParagraphs(node: ProseMirrorNode, pos: number, context: ExportContext) {
  const paragraphs: Paragraph[] = [];
  node.forEach((child, offset) => {
    const childPos = pos + 1 + offset;
    const name = child.type.name;
    if (name === "paragraph") paragraphs.push(centredLine(runsOf(child, childPos, context)));
    else if (name === N.considerations) {
      paragraphs.push(...labelledList("Menimbang", child, childPos, context));
    } else if (name === N.legalBases) {
      paragraphs.push(...labelledList("Mengingat", child, childPos, context));
    } else if (name === N.enactment) {
      child.forEach((line, lineOffset) => {
        const runs = runsOf(line, childPos + 1 + lineOffset, context);
        if (line.type.name === "paragraph") paragraphs.push(centredLine(runs));
        else {
          paragraphs.push(headingLine("MEMUTUSKAN:", true, true));
          paragraphs.push(labelledParagraph("Menetapkan", "", runs));
        }
      });
    }
  });
  return paragraphs;
}

/** PENJELASAN ATAS the judul, I. UMUM, II. PASAL DEMI PASAL headed by current Pasal numbers. */
function elucidationParagraphs(
  node: ProseMirrorNode,
  pos: number,
  title: string,
  context: ExportContext,
): Paragraph[] {
  const paragraphs = [centredLine("PENJELASAN", true), centredLine("ATAS", true)];
  for (const line of titleLines(title.toUpperCase())) paragraphs.push(centredLine(line, true));
  node.forEach((child, offset) => {
    const childPos = pos + 1 + offset;
    if (child.type.name === N.generalElucidation) {
      paragraphs.push(textParagraph([new TextRun({ text: "I. UMUM", bold: true })], 0));
      paragraphs.push(...provisionParagraphs(child, childPos, CM, context));
      paragraphs.push(
        textParagraph([new TextRun({ text: "II. PASAL DEMI PASAL", bold: true })], 0),
      );
      return;
    }
    const target = context.numbering.byId.get(child.attrs.targetId ?? "");
    paragraphs.push(textParagraph([new TextRun(target?.marker ?? "Pasal ?")], CM));
    paragraphs.push(...provisionParagraphs(child, childPos, CM, context));
  });
  return paragraphs;
}

/** The judul's text, with the drafter's line breaks as "\n". */
function titleText(title: ProseMirrorNode | null): string {
  let text = "";
  title?.forEach((child) => {
    text += child.isText ? (child.text ?? "") : child.type.name === "hardBreak" ? "\n" : "";
  });
  return text;
}

/**
 * Exports a regulation (ProseMirror JSON valid for `getRegulationSchema()`) as a .docx in the
 * standard layout of Lampiran II: centred judul, BAB, Bagian, Paragraf and Pasal headings, ayat
 * and rincian with hanging indentation, Menimbang and Mengingat as labelled lists. Every number
 * and reference text is computed by `numberRegulation`, never read from the document.
 */
export async function exportRegulationDocx(json: JSONContent): Promise<Uint8Array> {
  const doc = getRegulationSchema().nodeFromJSON(json);
  const numbering = numberRegulation(doc);
  const citations = new Map<number, string>();
  for (const citation of referenceCitations(doc, numbering)) {
    if (citation.text !== null) citations.set(citation.pos, citation.text);
  }
  const context: ExportContext = { numbering, citations };
  const title = titleText(doc.firstChild);
  const paragraphs: Paragraph[] = titleLines(title).map((line) => centredLine(line, true));
  doc.forEach((child, offset) => {
    const name = child.type.name;
    if (name === N.preamble) paragraphs.push(...preambleParagraphs(child, offset, context));
    else if (name === N.body) paragraphs.push(...bodyParagraphs(child, offset, context));
    else if (name === N.closing) paragraphs.push(...provisionParagraphs(child, offset, 0, context));
    else if (name === N.elucidation) {
      paragraphs.push(...elucidationParagraphs(child, offset, title, context));
    }
  });
  const document = new Document({
    styles: { default: { document: { run: { font: "Bookman Old Style", size: 24 } } } },
    sections: [
      { properties: { page: { size: { width: 12189, height: 18709 } } }, children: paragraphs },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
