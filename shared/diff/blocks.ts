import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { locatorAt } from "../editor/locator.ts";
import { REGULATION_NODE as N } from "../editor/nodeNames.ts";
import { numberRegulation } from "../editor/numbering.ts";
import { ARTICLE_REFERENCE, referenceCitations } from "../editor/references.ts";
import { plainTokens, referenceToken, type TextToken } from "./tokens.ts";

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
  /** The text as tokens; references are one token each. */
  tokens: TextToken[];
  /** What the block is compared by: its text with each reference standing for its target. */
  key: string;
  /** Citation label of a numbered unit ("Pasal 5", "ayat (2)"), else null. */
  label: string | null;
  /** Printed marker of a numbered unit ("Pasal 5", "(2)", "b."), else null. */
  marker: string | null;
  /** Human locator: "BAB I, Pasal 5 ayat (2)", or the nearest heading of a free draft. */
  locator: string | null;
}

/** What differs between regulations and free drafts when reading their blocks. */
interface BlockReader {
  /** The token of an inline atom at this position (a reference), or null if it is not one. */
  atomToken(node: ProseMirrorNode, pos: number): TextToken | null;
  /** Number and locator of the block at `pos`, whose own text is `text`. */
  describe(
    node: ProseMirrorNode,
    pos: number,
    text: string,
  ): Pick<DraftBlock, "label" | "marker" | "locator">;
}

/** Whether drafts of this schema are structured regulations (numbered units with ids). */
function isRegulationSchema(schema: Schema): boolean {
  return N.body in schema.nodes && N.article in schema.nodes;
}

/**
 * The blocks of a draft in document order: every text block and every node with an `id`
 * attribute (the regulation's units and areas). A BAB, Bagian or Paragraf carries its title line
 * as its own text rather than as a separate block. A reference reads as its target's current
 * citation ("Pasal 5 ayat (2)", `DANGLING_REFERENCE_TEXT` when the target is gone) but is compared
 * by its target, so one that follows a renumbering is no change; a hard break reads as "\n".
 */
export function draftBlocks(doc: ProseMirrorNode, schema: Schema): DraftBlock[] {
  return collectBlocks(doc, isRegulationSchema(schema) ? regulationReader(doc) : freeReader());
}

function regulationReader(doc: ProseMirrorNode): BlockReader {
  const numbering = numberRegulation(doc);
  const citations = new Map(
    referenceCitations(doc, numbering).map((citation) => [citation.pos, citation]),
  );
  return {
    atomToken: (node, pos) => {
      if (node.type.name !== ARTICLE_REFERENCE) return null;
      const citation = citations.get(pos);
      return referenceToken(citation?.targetId ?? null, citation?.text ?? null);
    },
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
    atomToken: () => null,
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
  const walk = (
    node: ProseMirrorNode,
    contentStart: number,
    path: string[],
    parent: number | null,
  ) => {
    node.forEach((child, offset) => {
      if (!child.isBlock) return;
      const pos = contentStart + offset;
      let index = parent;
      if (isBlock(child)) {
        const rawId = typeof child.attrs.id === "string" ? child.attrs.id : null;
        const id = rawId !== null && !seenIds.has(rawId) ? rawId : null;
        if (id !== null) seenIds.add(id);
        const tokens = ownTokens(child, pos, reader);
        const text = tokens.map((token) => token.text).join("");
        const key = tokens.map((token) => token.key).join("");
        const description = reader.describe(child, pos, text);
        blocks.push({ kind: child.type.name, id, parent, path, text, tokens, key, ...description });
        index = blocks.length - 1;
      }
      if (!child.isTextblock) walk(child, pos + 1, [...path, child.type.name], index);
    });
  };
  walk(doc, 0, [], null);
  return blocks;
}

/** A text block's content, or the title line a BAB, Bagian or Paragraf starts with. */
function ownTokens(node: ProseMirrorNode, pos: number, reader: BlockReader): TextToken[] {
  if (node.isTextblock) return inlineTokens(node, pos + 1, reader);
  const first = node.firstChild;
  return first?.type.name === N.unitTitle ? inlineTokens(first, pos + 2, reader) : [];
}

/** Text runs are tokenised whole, so a word split by a mark (bold) is still one word. */
function inlineTokens(
  block: ProseMirrorNode,
  contentStart: number,
  reader: BlockReader,
): TextToken[] {
  const tokens: TextToken[] = [];
  let run = "";
  block.forEach((child, offset) => {
    const atom = child.isText ? null : reader.atomToken(child, contentStart + offset);
    if (child.isText) run += child.text ?? "";
    else if (child.type.name === "hardBreak") run += "\n";
    else if (atom === null) run += child.type.spec.leafText?.(child) ?? "";
    else {
      tokens.push(...plainTokens(run), atom);
      run = "";
    }
  });
  tokens.push(...plainTokens(run));
  return tokens;
}
