import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { COMMENT_MARK } from "../../../../../shared/editor/commentAnchor.ts";
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
  /** How many comments are anchored in it (their passage starts in this Pasal). */
  comments: number;
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
        comments: 0,
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
  countComments(doc, chapters);
  return chapters;
}

/**
 * Counts, per Pasal, the comments whose passage starts in it: a comment is counted once, in the
 * Pasal where its mark first appears, however many blocks it spans.
 */
function countComments(doc: ProseMirrorNode, chapters: OutlineChapter[]): void {
  const articles = chapters.flatMap((chapter) => chapter.articles);
  const seen = new Set<string>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const id = mark.type.name === COMMENT_MARK ? mark.attrs.id : null;
      if (typeof id !== "string" || seen.has(id)) continue;
      seen.add(id);
      const article = articles.findLast((candidate) => candidate.pos < pos);
      const node = article && doc.nodeAt(article.pos);
      if (article && node && pos < article.pos + node.nodeSize) article.comments += 1;
    }
    return false;
  });
}
