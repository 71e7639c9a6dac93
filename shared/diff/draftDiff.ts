import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { alignBlocks } from "./alignment.ts";
import { type DraftBlock, draftBlocks } from "./blocks.ts";
import { entryOrder } from "./ordering.ts";
import type { BlockStatus, DiffPiece, DraftDiff, DraftDiffEntry } from "./types.ts";
import { diffTokens } from "./wordDiff.ts";

/** A draft as stored (ProseMirror JSON) or as a parsed ProseMirror document. */
export type DraftContent = ProseMirrorNode | JSONContent;

/**
 * Compares two versions of a draft (two consultation versions, or a version and the live draft)
 * block by block and word by word, keeping its structure: headings, BAB, Pasal and ayat are
 * entries of their own kind. In a regulation, units pair by their stable id, so inserting a Pasal
 * adds one entry and the Pasal after it stay "unchanged", only `renumbered`; a free draft's
 * paragraphs pair by their text. `schema` is the draft's (`schemaForForm(form)`).
 */
export function diffDrafts(before: DraftContent, after: DraftContent, schema: Schema): DraftDiff {
  const blocksBefore = draftBlocks(toDocument(before, schema), schema);
  const blocksAfter = draftBlocks(toDocument(after, schema), schema);
  const alignment = alignBlocks(blocksBefore, blocksAfter);
  return entryOrder(blocksBefore, blocksAfter, alignment).map((row) =>
    toEntry(blocksBefore[row.before], blocksAfter[row.after], alignment.moved[row.after] ?? false),
  );
}

function toDocument(content: DraftContent, schema: Schema): ProseMirrorNode {
  const isNode = typeof (content as ProseMirrorNode).nodeSize === "number";
  return isNode ? (content as ProseMirrorNode) : schema.nodeFromJSON(content);
}

function toEntry(
  old: DraftBlock | undefined,
  current: DraftBlock | undefined,
  moved: boolean,
): DraftDiffEntry {
  const block = (current ?? old) as DraftBlock;
  return {
    status: statusOf(old, current, moved),
    kind: block.kind,
    depth: block.path.length,
    path: block.path,
    id: block.id,
    labelBefore: old?.label ?? null,
    labelAfter: current?.label ?? null,
    markerBefore: old?.marker ?? null,
    markerAfter: current?.marker ?? null,
    renumbered: old !== undefined && current !== undefined && old.label !== current.label,
    locatorBefore: old?.locator ?? null,
    locatorAfter: current?.locator ?? null,
    pieces: piecesOf(old, current),
  };
}

function statusOf(
  old: DraftBlock | undefined,
  current: DraftBlock | undefined,
  moved: boolean,
): BlockStatus {
  if (!old) return "added";
  if (!current) return "removed";
  if (moved) return "moved";
  return old.key === current.key ? "unchanged" : "changed";
}

function piecesOf(old: DraftBlock | undefined, current: DraftBlock | undefined): DiffPiece[] {
  if (old && current) return diffTokens(old.tokens, current.tokens);
  if (current?.text) return [{ op: "insert", text: current.text }];
  if (old?.text) return [{ op: "delete", text: old.text }];
  return [];
}
