import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describePassage } from "../../../shared/editor/commentPassages.ts";
import { numberRegulation } from "../../../shared/editor/numbering.ts";
import type { PublicVersion } from "../../../shared/schemas/index.ts";
import { escapeHtml, renderUnitContentHtml, unitRendering } from "../regulation/printPage.ts";
import { versionDocument } from "../rounds/versionContent.ts";

/** A stretch of a version the response table groups comments by: a Pasal, or a paragraph. */
export interface ArticleSection {
  /** "Pasal 5"; for text outside any Pasal, the comment's own locator or "Paragraf 3". */
  label: string;
  /** The section's text as it reads in the version. */
  text: string;
  /**
   * The section's wording as HTML, escaped: a Pasal as the print page lays it out, with its
   * computed ayat numbers and rincian letters; anything else as its plain text.
   */
  html: string;
  /** Its place in `version.text`, as comment anchors count. */
  from: number;
  to: number;
}

/**
 * The sections of a version: each Pasal of a structured regulation, each top-level block of a
 * free draft. Offsets are computed with the same function that anchors comments, so a comment
 * lies in the section whose range holds its anchor's start.
 */
export function articleSections(
  version: PublicVersion,
  form: "free" | "regulation",
): ArticleSection[] {
  let doc: ProseMirrorNode;
  try {
    doc = versionDocument(form, version.content);
  } catch {
    return [];
  }
  if (form === "regulation") {
    const numbering = numberRegulation(doc);
    const rendering = unitRendering(doc, numbering);
    return numbering.units
      .filter((unit) => unit.kind === "article")
      .map((unit) => {
        const node = doc.nodeAt(unit.pos);
        const found = section(
          doc,
          version.text,
          unit.marker,
          unit.pos + 1,
          unit.pos + (node?.nodeSize ?? 2) - 1,
        );
        // The numbers are not in the text (they are computed), so the wording is drawn from the node.
        const html = node ? renderUnitContentHtml(node, unit.pos, rendering) : found.html;
        return { ...found, html };
      });
  }
  const sections: ArticleSection[] = [];
  doc.forEach((node, offset) => {
    if (node.textContent.trim() === "") return;
    sections.push(
      section(
        doc,
        version.text,
        `Paragraf ${sections.length + 1}`,
        offset + 1,
        offset + node.nodeSize - 1,
      ),
    );
  });
  return sections;
}

function section(
  doc: ProseMirrorNode,
  text: string,
  label: string,
  from: number,
  to: number,
): ArticleSection {
  const passage = describePassage(doc, from, to);
  // A section starts at a block boundary, where the text before it does not yet end with the
  // "\n" that separates the blocks: the section then begins one character later.
  const start = text.startsWith(passage.quote, passage.offsets.from)
    ? passage.offsets.from
    : passage.offsets.from + 1;
  const quote = passage.quote;
  return { label, text: quote, html: plainHtml(quote), from: start, to: start + quote.length };
}

/** Text as it reads, line breaks and all (the page keeps its white space). */
function plainHtml(text: string): string {
  return `<div class="plain">${escapeHtml(text)}</div>`;
}

/** The section holding a comment's anchor, or the line of the version text it starts on. */
export function sectionOf(
  sections: ArticleSection[],
  versionText: string,
  anchor: { from: number; to: number },
  locator: string | null,
): ArticleSection {
  const found = sections.find((s) => anchor.from >= s.from && anchor.from < s.to);
  if (found) return found;
  const start = versionText.lastIndexOf("\n", Math.max(0, anchor.from - 1)) + 1;
  const end = versionText.indexOf("\n", anchor.to);
  const to = end === -1 ? versionText.length : end;
  const text = versionText.slice(start, to);
  return { label: locator ?? "—", text, html: plainHtml(text), from: start, to };
}
