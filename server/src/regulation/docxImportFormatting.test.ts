import { describe, expect, it } from "vitest";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import { importRegulationDocx } from "./docxImporter.ts";
import { formattingOf, markersOf, regulationOutline } from "./test/regulationOutline.ts";
import { typedDraftDocx } from "./test/typedDraft.ts";

/** A short draft typed with the emphasis drafters use: italic foreign terms, bold headings. */
const FORMATTED_DRAFT = [
  "**PERATURAN DAERAH KOTA BANDUNG TENTANG TAMAN KOTA**",
  "**DENGAN RAHMAT TUHAN YANG MAHA ESA**",
  "Menimbang\t:\ta.\tbahwa taman kota menjadi _public space_ bagi warga;",
  "\tb.\tbahwa taman kota perlu **dijaga bersama**;",
  "Mengingat\t:\t1.\tUndang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
  "**MEMUTUSKAN:**",
  "Menetapkan\t:\t**PERATURAN DAERAH TENTANG TAMAN KOTA.**",
  "**BAB I**",
  "**KETENTUAN UMUM**",
  "**Pasal 1**",
  "(1)\tTaman kota dikelola oleh **Pemerintah Daerah**.",
  "(2)\t**Setiap orang** wajib menjaga taman kota, termasuk:",
  "a.\tarea _jogging track_; dan",
  "b.\t**_taman bermain anak._**",
  "PENJELASAN",
  "I. UMUM",
  "Taman kota adalah _paru-paru kota_.",
  "II. PASAL DEMI PASAL",
  "Pasal 1",
  "Ayat (1)",
  "_Cukup jelas._",
];

describe("keeping the drafter's bold and italic on import", () => {
  it("keeps bold and italic text where the drafter typed it, markers and labels aside", async () => {
    const { doc, unrecognised } = await importRegulationDocx(await typedDraftDocx(FORMATTED_DRAFT));
    expect(() => getRegulationSchema().nodeFromJSON(doc).check()).not.toThrow();
    expect(unrecognised).toEqual([]);
    expect(formattingOf(doc)).toEqual([
      "Pembukaan | bold | DENGAN RAHMAT TUHAN YANG MAHA ESA",
      "Menimbang huruf a | italic | public space",
      "Menimbang huruf b | bold | dijaga bersama",
      "Memutuskan | bold | PERATURAN DAERAH TENTANG TAMAN KOTA.",
      "BAB I, Pasal 1 ayat (1) | bold | Pemerintah Daerah",
      "BAB I, Pasal 1 ayat (2) | bold | Setiap orang",
      "BAB I, Pasal 1 ayat (2) huruf a | italic | jogging track",
      "BAB I, Pasal 1 ayat (2) huruf b | bold+italic | taman bermain anak.",
      "Penjelasan Umum | italic | paru-paru kota",
      "Penjelasan Pasal 1 ayat (1) | italic | Cukup jelas.",
    ]);
  });

  it("still recognises bold headings, and keeps titles plain as the form sets their look", async () => {
    const { doc } = await importRegulationDocx(await typedDraftDocx(FORMATTED_DRAFT));
    expect(markersOf(doc, "chapter")).toEqual(["BAB I"]);
    expect(markersOf(doc, "article")).toEqual(["Pasal 1"]);
    const outline = regulationOutline(doc);
    expect(outline[0]).toBe(
      "Judul | doc/regulationTitle | PERATURAN DAERAH KOTA BANDUNG TENTANG TAMAN KOTA",
    );
    expect(outline).toContain("BAB I | chapter/unitTitle | KETENTUAN UMUM");
    expect(outline).toContain(
      "BAB I, Pasal 1 ayat (2) | clause/paragraph | Setiap orang wajib menjaga taman kota, termasuk:",
    );
  });
});
