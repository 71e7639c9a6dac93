import { Slice } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { COMMENT_MARK, withoutMark } from "./commentAnchor.ts";
import { schemaForForm } from "./freeSchema.ts";

describe("comment anchor mark", () => {
  it("is in both schemas, overlapping and never parsed from HTML", () => {
    for (const schema of [schemaForForm("free"), schemaForForm("regulation")]) {
      const type = schema.marks[COMMENT_MARK];
      expect(type?.excludes(type)).toBe(false);
      expect(type?.spec.inclusive).toBe(false);
      expect(type?.spec.parseDOM ?? []).toEqual([]);
    }
  });

  it("is taken off pasted content at any depth, other formatting kept", () => {
    const schema = schemaForForm("free");
    const comment = (id: string) => ({ type: COMMENT_MARK, attrs: { id } });
    const pasted = schema.nodeFromJSON({
      type: "blockquote",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "dikutip ", marks: [comment("c-1")] },
            {
              type: "text",
              text: "tebal",
              marks: [{ type: "bold" }, comment("c-1"), comment("c-2")],
            },
          ],
        },
      ],
    });
    const type = schema.marks[COMMENT_MARK];
    if (!type) throw new Error("no comment mark");

    const cleaned = new Slice(withoutMark(pasted.content, type), 0, 0);
    expect(cleaned.content.toJSON()).toEqual([
      {
        type: "paragraph",
        content: [
          { type: "text", text: "dikutip " },
          { type: "text", text: "tebal", marks: [{ type: "bold" }] },
        ],
      },
    ]);
  });
});
