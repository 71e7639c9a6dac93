import { getSchema } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { freeDraftExtensions } from "../../../../../shared/editor/freeSchema.ts";
import type { CommentThread } from "../../../../../shared/schemas/index.ts";
import { commentRanges, commentsAt, orderThreads } from "./threadOrder.ts";

const schema = getSchema(freeDraftExtensions);

/** A paragraph whose pieces are plain text or [text, ...comment ids]. */
function paragraph(...pieces: (string | [string, ...string[]])[]): ProseMirrorNode {
  return schema.node(
    "paragraph",
    null,
    pieces.map((piece) => {
      if (typeof piece === "string") return schema.text(piece);
      const [text, ...ids] = piece;
      return schema.text(
        text,
        ids.map((id) => schema.mark("comment", { id })),
      );
    }),
  );
}

function rangeOf(doc: ProseMirrorNode, id: string) {
  const range = commentRanges(doc).get(id);
  if (!range) throw new Error(`no passage for ${id}`);
  return range;
}

function thread(id: string, createdAt: string): CommentThread {
  return { id, createdAt } as CommentThread;
}

describe("commentRanges and orderThreads", () => {
  const doc = schema.node("doc", null, [
    paragraph("Pasal 1 ", ["air bersih", "b"], " untuk ", ["semua", "a", "b"]),
    paragraph(["warga", "a"]),
  ]);

  it("spans each comment from its first marked character to its last, across blocks", () => {
    const b = rangeOf(doc, "b");
    const a = rangeOf(doc, "a");
    expect(doc.textBetween(b.from, b.to)).toBe("air bersih untuk semua");
    expect(doc.textBetween(a.from, a.to, "\n")).toBe("semua\nwarga");
  });

  it("orders threads by passage, and lists removed passages last, oldest first", () => {
    const ordered = orderThreads(
      [
        thread("gone-late", "2026-02-02T00:00:00Z"),
        thread("a", "2026-01-01T00:00:00Z"),
        thread("gone-early", "2026-01-05T00:00:00Z"),
        thread("b", "2026-01-09T00:00:00Z"),
      ],
      commentRanges(doc),
    );
    expect(ordered.map((p) => [p.thread.id, p.range !== null])).toEqual([
      ["b", true],
      ["a", true],
      ["gone-early", false],
      ["gone-late", false],
    ]);
  });

  it("names the comments at a position", () => {
    const inside = rangeOf(doc, "a").from + 1;
    expect(commentsAt(doc, inside).sort()).toEqual(["a", "b"]);
    expect(commentsAt(doc, 2)).toEqual([]);
  });
});
