import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { locatorAt } from "../editor/locator.ts";
import { REGULATION_NODE as N } from "../editor/nodeNames.ts";
import { numberRegulation } from "../editor/numbering.ts";
import { ARTICLE_REFERENCE, referenceCitations } from "../editor/references.ts";

/** How a reference whose target no longer exists reads in a diff. */
export const DANGLING_REFERENCE_TEXT = "[?]";

/** One block of a draft as the diff compares it. */
export interface DraftBlock {
  /** ProseMirror node type name. */
  kind: string;
  /** Unit id, unique in this document: null without one, and for later copies of a duplicate. */
  id: string | null;
  /** Index of the nearest enclosing block in the same list, or null at the top. */
  parent: number | null;
  /** Node type names of the enclosing nodes, outermost first, without the document. */
  path: string[];
  /** The block's own text: a text block's content, a BAB/Bagian/Paragraf's title, else "". */
  text: string;
  /** Citation label of a numbered unit ("Pasal 5", "ayat (2)"), else null. */
  label: string | null;
  /** Printed marker of a numbered unit ("Pasal 5", "(2)", "b."), else null. */
  marker: string | null;
  /** Human locator: "BAB I, Pasal 5 ayat (2)", or the nearest heading of a free draft. */
  locator: string | null;
}

/** What differs between regulations and free drafts when reading their blocks. */
interface BlockReader {
  /** Text of an inline atom at this position (a reference), or null if it is not one. */
  atomText(node: ProseMirrorNode, pos: number): string | null;
  /** Number and locator of the block at `pos`, whose own text is `text`. */
  describe(node: ProseMirrorNode, pos: number, text: string): Pick<DraftBlock, "label" | "marker" | "locator">;
}

/** Whether drafts of this schema are structured regulations (numbered units with ids). */
export function isRegulationSchema(schema: Schema): boolean {
  return N.body in schema.nodes && N.article in schema.nodes;
}

/**
 * The blocks of a draft in document order: every text block and every node with an `id`
 * attribute (the regulation's units and areas). A BAB, Bagian or Paragraf carries its title line
 * as its own text rather than as a separate block. References read as their current citation
 * ("Pasal 5 ayat (2)") and hard breaks as a line break, so a reference that follows a renumbering
 * reads the same before and after.
 */
export function draftBlocks(doc: ProseMirrorNode, schema: Schema): DraftBlock[] {
  return collectBlocks(doc, isRegulationSchema(schema) ? regulationReader(doc) : freeReader());
}

function regulationReader(doc: ProseMirrorNode): BlockReader {
  const numbering = numberRegulation(doc);
  const citations = new Map(
    referenceCitations(doc, numbering).map((citation) => [citation.pos, citation.text]),
  );
  return {
    atomText: (node, pos) =>
      node.type.name === ARTICLE_REFERENCE
        ? (citations.get(pos) ?? DANGLING_REFERENCE_TEXT)
        : null,
    describe: (_node, pos) => {
      const unit = numbering.byPos.get(pos);
      return {
        label: unit ? unit.label || null : null,
        marker: unit ? unit.marker || null : null,
        locator: locatorAt(doc, pos + 1, numbering) || null,
      };
    },
  };
}

/** Free drafts have no numbers; a block is located by the heading it falls under. */
function freeReader(): BlockReader {
  let heading: string | null = null;
  return {
    atomText: () => null,
    describe: (node, _pos, text) => {
      if (node.type.name === "heading") heading = text.trim() || heading;
      return { label: null, marker: null, locator: heading };
    },
  };
}

function isBlock(node: ProseMirrorNode): boolean {
  if (node.type.name === N.unitTitle) return false;
  return node.isTextblock || (node.isBlock && "id" in node.attrs);
}

function collectBlocks(doc: ProseMirrorNode, reader: BlockReader): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  const seenIds = new Set<string>();
  const walk = (node: ProseMirrorNode, contentStart: number, path: string[], parent: number | null) => {
    node.forEach((child, offset) => {
      if (!child.isBlock) return;
      const pos = contentStart + offset;
      let index = parent;
      if (isBlock(child)) {
        const rawId = typeof child.attrs.id === "string" ? child.attrs.id : null;
        const id = rawId !== null && !seenIds.has(rawId) ? rawId : null;
        if (id !== null) seenIds.add(id);
        const text = ownText(child, pos, reader);
        blocks.push({ kind: child.type.name, id, parent, path, text, ...reader.describe(child, pos, text) });
        index = blocks.length - 1;
      }
      if (!child.isTextblock) walk(child, pos + 1, [...path, child.type.name], index);
    });
  };
  walk(doc, 0, [], null);
  return blocks;
}

/** A text block's content, or the title line a BAB, Bagian or Paragraf starts with. */
function ownText(node: ProseMirrorNode, pos: number, reader: BlockReader): string {
  if (node.isTextblock) return inlineText(node, pos + 1, reader);
  const first = node.firstChild;
  return first?.type.name === N.unitTitle ? inlineText(first, pos + 2, reader) : "";
}

function inlineText(block: ProseMirrorNode, contentStart: number, reader: BlockReader): string {
  let text = "";
  block.forEach((child, offset) => {
    if (child.isText) text += child.text ?? "";
    else if (child.type.name === "hardBreak") text += "\n";
    else text += reader.atomText(child, contentStart + offset) ?? child.type.spec.leafText?.(child) ?? "";
  });
  return text;
}
