import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { describe, expect, it } from "vitest";
import { numberRegulation } from "../../../../../shared/editor/numbering.ts";
import { getRegulationSchema } from "../../../../../shared/editor/regulationSchema.ts";
import { buildPerda } from "../../../../../shared/editor/test/regulationFactory.ts";
import { outlineOf } from "./outline.ts";

describe("outlineOf", () => {
  it("lists every BAB with its title and its Pasal through Bagian and Paragraf", () => {
    const doc = getRegulationSchema().nodeFromJSON(buildPerda());
    const outline = outlineOf(doc, numberRegulation(doc));
    expect(outline.map((chapter) => `${chapter.marker} ${chapter.title}`)).toEqual([
      "BAB I KETENTUAN UMUM",
      "BAB II HAK DAN KEWAJIBAN",
      "BAB III PENYELENGGARAAN",
      "BAB IV KETENTUAN PENUTUP",
    ]);
    expect(outline[1]?.articles.map((article) => article.marker)).toEqual([
      "Pasal 3",
      "Pasal 4",
      "Pasal 5",
    ]);
    expect(outline[0]?.articles[0]?.snippet).toMatch(/^Dalam Peraturan Daerah ini yang dimaksud/);
    expect(outline[0]?.articles[0]?.snippet.length).toBeLessThanOrEqual(60);
  });

  it("counts each comment once, in the Pasal where its passage starts", () => {
    const schema = getRegulationSchema();
    const plain = schema.nodeFromJSON(buildPerda());
    const [first, second] = outlineOf(plain, numberRegulation(plain))[1]?.articles ?? [];
    if (!first || !second) throw new Error("the fixture's BAB II has Pasal 3 and 4");
    const a = firstTextIn(plain, first.pos);
    const b = firstTextIn(plain, second.pos);
    const tr = new Transform(plain);
    const comment = (id: string) => schema.mark("comment", { id });
    tr.addMark(a, a + 4, comment("one"));
    tr.addMark(a + 2, a + 6, comment("two"));
    tr.addMark(b, b + 3, comment("three"));
    const outline = outlineOf(tr.doc, numberRegulation(tr.doc));
    expect(outline[1]?.articles.map((article) => article.comments)).toEqual([2, 1, 0]);
    expect(outline[0]?.articles.every((article) => article.comments === 0)).toBe(true);
  });
});

/** Position of the first character of text inside the node at `pos`. */
function firstTextIn(doc: ProseMirrorNode, pos: number): number {
  let found = -1;
  doc.nodesBetween(pos, pos + (doc.nodeAt(pos)?.nodeSize ?? 0), (node, at) => {
    if (found < 0 && node.isText) found = at;
    return found < 0;
  });
  return found;
}
