import type { JSONContent } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { expect } from "vitest";
import { draftBlocks } from "../blocks.ts";
import type { DraftDiff } from "../types.ts";
import { textAfter, textBefore } from "../wordDiff.ts";

/** A free draft of these blocks. */
export const freeDraft = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
/** A paragraph of plain text. */
export const para = (text: string): JSONContent =>
  text === "" ? { type: "paragraph" } : { type: "paragraph", content: [{ type: "text", text }] };
/** A level-2 heading. */
export const heading = (text: string): JSONContent => ({
  type: "heading",
  attrs: { level: 2 },
  content: [{ type: "text", text }],
});
/** A bullet list of one-paragraph items. */
export const bullets = (...items: string[]): JSONContent => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [para(item)] })),
});

/** A deep copy of a draft with `edit` applied to the node with this unit id. */
export function editUnit(
  draft: JSONContent,
  id: string,
  edit: (unit: JSONContent, parent: JSONContent, index: number) => void,
): JSONContent {
  const copy = structuredClone(draft);
  const visit = (node: JSONContent): boolean =>
    (node.content ?? []).some((child, index) => {
      if (child.attrs?.id !== id) return visit(child);
      edit(child, node, index);
      return true;
    });
  if (!visit(copy)) throw new Error(`no unit ${id}`);
  return copy;
}

/** A copy of a regulation without the unit with this id. */
export const withoutUnit = (draft: JSONContent, id: string) =>
  editUnit(draft, id, (_unit, parent, index) => parent.content?.splice(index, 1));

/** A copy of a regulation with `unit` inserted after the unit with id `afterId`. */
export const withUnitAfter = (draft: JSONContent, afterId: string, unit: JSONContent) =>
  editUnit(draft, afterId, (_unit, parent, index) => parent.content?.splice(index + 1, 0, unit));

/** A copy of a regulation whose unit `id` has `text` as the text of its first paragraph. */
export const withFirstText = (draft: JSONContent, id: string, text: string) =>
  editUnit(draft, id, (unit) => {
    const first = unit.content?.find((child) => child.type === "paragraph");
    if (!first) throw new Error(`unit ${id} has no paragraph`);
    first.content = [{ type: "text", text }];
  });

/**
 * The reconstruction invariant: equal + insert pieces spell every block after, in order; equal +
 * delete pieces spell every block before (in some order, since blocks move); pieces agree with the
 * status and are merged.
 */
export function expectReconstructs(
  diff: DraftDiff,
  before: JSONContent,
  after: JSONContent,
  schema: Schema,
): void {
  const blocksBefore = draftBlocks(schema.nodeFromJSON(before), schema);
  const blocksAfter = draftBlocks(schema.nodeFromJSON(after), schema);
  const kept = diff.filter((entry) => entry.status !== "removed");
  expect(kept.map((entry) => textAfter(entry.pieces))).toEqual(blocksAfter.map((b) => b.text));
  const earlier = diff.filter((entry) => entry.status !== "added");
  const sorted = (texts: string[]) => [...texts].sort();
  expect(sorted(earlier.map((entry) => textBefore(entry.pieces)))).toEqual(
    sorted(blocksBefore.map((b) => b.text)),
  );
  for (const entry of diff) {
    const ops = new Set(entry.pieces.map((piece) => piece.op));
    if (entry.status === "unchanged") expect([...ops].every((op) => op === "equal")).toBe(true);
    if (entry.status === "added") expect(ops.has("delete") || ops.has("equal")).toBe(false);
    if (entry.status === "removed") expect(ops.has("insert") || ops.has("equal")).toBe(false);
    entry.pieces.forEach((piece, index) => {
      const next = entry.pieces[index + 1];
      expect(piece.text).not.toBe("");
      if (piece.textBefore !== undefined) expect(piece.op).toBe("equal");
      // Only a reference read differently before stands apart from its neighbours.
      if (piece.textBefore === undefined && next?.textBefore === undefined) {
        expect(piece.op).not.toBe(next?.op);
      }
    });
  }
}
