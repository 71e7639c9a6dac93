import type { JSONContent } from "@tiptap/core";
import { locatorAt } from "../../../../shared/editor/locator.ts";
import { numberRegulation } from "../../../../shared/editor/numbering.ts";
import { referenceCitations } from "../../../../shared/editor/references.ts";
import { getRegulationSchema } from "../../../../shared/editor/regulationSchema.ts";

/**
 * Every text block of a regulation as "locator | node type | text", in document order, with
 * references printed as their current citation. Two documents with the same outline have the
 * same structure, numbering and wording, whatever their ids.
 */
export function regulationOutline(json: JSONContent): string[] {
  const doc = getRegulationSchema().nodeFromJSON(json);
  const numbering = numberRegulation(doc);
  const citations = new Map(
    referenceCitations(doc, numbering).map((citation) => [citation.pos, citation.text]),
  );
  const outline: string[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = "";
    node.forEach((child, offset) => {
      text += child.isText ? child.text : (citations.get(pos + 1 + offset) ?? "");
    });
    const parent = doc.resolve(pos).parent.type.name;
    outline.push(`${locatorAt(doc, pos + 1, numbering)} | ${parent}/${node.type.name} | ${text}`);
    return false;
  });
  return outline;
}

/** Markers of the units of one kind ("Pasal 1", "(2)", "a." …) in document order. */
export function markersOf(json: JSONContent, kind: string): string[] {
  const numbering = numberRegulation(getRegulationSchema().nodeFromJSON(json));
  return numbering.units.filter((unit) => unit.kind === kind).map((unit) => unit.marker);
}

/**
 * Every formatted stretch of text as "locator | marks | text" (marks joined with "+"), in
 * document order: what a drafter sees in bold, italic or underlined, and where.
 */
export function formattingOf(json: JSONContent): string[] {
  const doc = getRegulationSchema().nodeFromJSON(json);
  const numbering = numberRegulation(doc);
  const formatting: string[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || node.marks.length === 0) return true;
    const marks = node.marks.map((mark) => mark.type.name).join("+");
    formatting.push(`${locatorAt(doc, pos, numbering)} | ${marks} | ${node.text}`);
    return false;
  });
  return formatting;
}
