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
});
