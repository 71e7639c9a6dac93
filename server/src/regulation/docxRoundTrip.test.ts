import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { numberRegulationJSON } from "../../../shared/editor/numbering.ts";
import { buildPerda } from "../../../shared/editor/test/regulationFactory.ts";
import { exportRegulationDocx } from "./docxExporter.ts";
import { importRegulationDocx } from "./docxImporter.ts";
import { formattingOf, regulationOutline } from "./test/regulationOutline.ts";
import { typedDraftDocx } from "./test/typedDraft.ts";

/** `json` with every occurrence of `phrase` in its text set with these marks. */
function emphasise(json: JSONContent, phrase: string, ...marks: string[]): JSONContent {
  const content = json.content?.flatMap((child): JSONContent[] => {
    if (child.type !== "text" || !child.text?.includes(phrase))
      return [emphasise(child, phrase, ...marks)];
    return child.text.split(new RegExp(`(${phrase})`)).flatMap((text) => {
      if (text === "") return [];
      if (text !== phrase) return [{ ...child, text }];
      return [
        { ...child, text, marks: [...(child.marks ?? []), ...marks.map((type) => ({ type }))] },
      ];
    });
  });
  return content ? { ...json, content } : json;
}

/** The test Perda with emphasis in every part that holds the drafter's text. */
function emphasisedPerda(): JSONContent {
  let perda = buildPerda();
  perda = emphasise(perda, "DENGAN RAHMAT TUHAN YANG MAHA ESA", "bold");
  perda = emphasise(perda, "lingkungan yang sehat", "italic");
  perda = emphasise(perda, "Undang-Undang Dasar 1945", "bold");
  perda = emphasise(perda, "PENGELOLAAN SAMPAH.", "bold");
  perda = emphasise(perda, "Kabupaten Sleman", "bold");
  perda = emphasise(perda, "sehari-hari", "bold", "italic");
  perda = emphasise(perda, "tanggung jawab", "italic");
  perda = emphasise(perda, "wajib memilah", "bold");
  perda = emphasise(perda, "Pemilahan", "underline");
  perda = emphasise(perda, "mengetahuinya", "italic");
  return emphasise(perda, "Cukup jelas.", "italic");
}

describe("exporting a regulation to Word and importing it again", () => {
  it("keeps every part, number, locator and wording of the regulation", async () => {
    const perda = buildPerda();
    const bytes = await exportRegulationDocx(perda);
    const reimported = await importRegulationDocx(bytes);
    expect(reimported.unrecognised).toEqual([]);
    expect(regulationOutline(reimported.doc)).toEqual(regulationOutline(perda));
    const markers = (json: typeof perda) =>
      numberRegulationJSON(json).units.map((unit) => `${unit.kind} ${unit.marker}`);
    expect(markers(reimported.doc)).toEqual(markers(perda));
  });

  it("prints references with their computed citation, not a stored number", async () => {
    const reimported = await importRegulationDocx(await exportRegulationDocx(buildPerda()));
    expect(regulationOutline(reimported.doc)).toContain(
      "BAB III, Pasal 7 | article/paragraph | Pelanggaran Pasal 4 ayat (2) huruf b angka 2 huruf a) dikenai teguran.",
    );
  });

  it("writes bold, italic and underlined text as such, and reads it back where it was", async () => {
    const perda = emphasisedPerda();
    const reimported = await importRegulationDocx(await exportRegulationDocx(perda));
    expect(reimported.unrecognised).toEqual([]);
    expect(regulationOutline(reimported.doc)).toEqual(regulationOutline(perda));
    const formatting = formattingOf(perda);
    expect(formatting).toHaveLength(12);
    expect(formatting).toContain("BAB I, Pasal 1 angka 3 | bold+italic | sehari-hari");
    expect(formattingOf(reimported.doc)).toEqual(formatting);
  });

  it("keeps the emphasis of a typed Word draft through import, export and import again", async () => {
    const typed = await importRegulationDocx(
      await typedDraftDocx([
        "PERATURAN DAERAH KOTA BANDUNG TENTANG TAMAN KOTA",
        "Menimbang : bahwa taman kota menjadi _public space_ bagi warga;",
        "Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang **Pemerintahan Daerah**;",
        "Menetapkan : PERATURAN DAERAH TENTANG TAMAN KOTA.",
        "Pasal 1",
        "(1) Taman kota dikelola oleh **Pemerintah Daerah**.",
        "(2) Setiap orang wajib menjaga:",
        "a. area _jogging track_; dan",
        "b. **_taman bermain anak._**",
      ]),
    );
    const again = await importRegulationDocx(await exportRegulationDocx(typed.doc));
    expect(formattingOf(typed.doc)).toHaveLength(5);
    expect(formattingOf(again.doc)).toEqual(formattingOf(typed.doc));
    expect(regulationOutline(again.doc)).toEqual(regulationOutline(typed.doc));
  });
});
