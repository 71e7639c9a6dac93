import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { schemaForForm } from "../../../../shared/editor/freeSchema.ts";
import { anchorRange, offsetMapOf } from "./anchorPositions.ts";

const schema = schemaForForm("free");
const doc = ProseMirrorNode.fromJSON(schema, {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Bab Umum" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Setiap orang " },
        { type: "text", text: "berhak", marks: [{ type: "bold" }] },
        { type: "text", text: " atas air." },
      ],
    },
    { type: "paragraph" },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "air minum" }] }],
        },
      ],
    },
  ],
});
const plain = doc.textBetween(0, doc.content.size, "\n");

/** Where a quote is in the plain text, as the server records a comment's anchor. */
function anchorOf(quote: string, nth = 0) {
  let from = -1;
  for (let i = 0; i <= nth; i++) from = plain.indexOf(quote, from + 1);
  return { from, to: from + quote.length };
}

describe("offsetMapOf", () => {
  const map = offsetMapOf(doc);

  it.each([
    "Bab Umum",
    "Umum",
    "berhak",
    "orang berhak atas",
    "air.",
    "air minum",
    "Umum\nSetiap",
    "air.\n\nair",
  ])("maps the anchor of %j back to the same passage", (quote) => {
    const range = anchorRange(map, anchorOf(quote));
    expect(range).not.toBeNull();
    expect(doc.textBetween(range?.from ?? 0, range?.to ?? 0, "\n")).toBe(quote);
  });

  it("maps every offset of the plain text so that the text before it reads the same", () => {
    for (let offset = 0; offset <= plain.length; offset++) {
      const pos = map.positionAt(offset, "start");
      expect(doc.textBetween(0, pos, "\n").length).toBe(offset);
    }
  });

  it("refuses an empty anchor", () => {
    expect(anchorRange(map, { from: 3, to: 3 })).toBeNull();
  });
});
