import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { REGULATION_NODE as N } from "../../../../../shared/editor/nodeNames.ts";
import type { RegulationNumbering } from "../../../../../shared/editor/numbering.ts";

/** One Pasal in the outline. */
export interface OutlineArticle {
  id: string | null;
  pos: number;
  /** "Pasal 12". */
  marker: string;
  /** The first words of its text, to recognise it by. */
  snippet: string;
}

/** One BAB in the outline, or the body itself when the regulation has no BAB. */
export interface OutlineChapter {
  id: string | null;
  pos: number;
  /** "BAB II", or "" for Pasal outside any BAB. */
  marker: string;
  title: string;
  articles: OutlineArticle[];
}

const SNIPPET_LENGTH = 60;

function snippetOf(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > SNIPPET_LENGTH ? `${clean.slice(0, SNIPPET_LENGTH - 1)}…` : clean;
}

/**
 * The chapters and articles of a regulation with their current numbers, for the outline pane:
 * every Pasal under the BAB that holds it (through Bagian and Paragraf), in document order.
 */
export function outlineOf(doc: ProseMirrorNode, numbering: RegulationNumbering): OutlineChapter[] {
  const chapters: OutlineChapter[] = [];
  let loose: OutlineChapter | null = null;
  for (const unit of numbering.units) {
    const node = doc.nodeAt(unit.pos);
    if (!node) continue;
    if (unit.kind === "chapter") {
      const title = node.firstChild?.type.name === N.unitTitle ? node.firstChild.textContent : "";
      chapters.push({ id: unit.id, pos: unit.pos, marker: unit.marker, title, articles: [] });
    } else if (unit.kind === "article") {
      const article = {
        id: unit.id,
        pos: unit.pos,
        marker: unit.marker,
        snippet: snippetOf(node.textBetween(0, node.content.size, " ", " ")),
      };
      const inChapter = doc.resolve(unit.pos).parent.type.name !== N.body;
      const current = inChapter ? chapters.at(-1) : undefined;
      if (current) current.articles.push(article);
      else {
        if (!loose) {
          loose = { id: null, pos: unit.pos, marker: "", title: "", articles: [] };
          chapters.push(loose);
        }
        loose.articles.push(article);
      }
    }
  }
  return chapters;
}
