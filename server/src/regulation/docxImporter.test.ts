import type { JSONContent } from "@tiptap/core";
import { beforeAll, describe, expect, it } from "vitest";
import { locatorOf } from "../../../shared/editor/locator.ts";
import { numberRegulation } from "../../../shared/editor/numbering.ts";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import { type ImportedRegulation, importRegulationDocx } from "./docxImporter.ts";
import { DRAFTERS_NOTE, PERDA_PARKIR_LINES } from "./test/perdaParkirDraft.ts";
import { markersOf, regulationOutline } from "./test/regulationOutline.ts";
import { typedDraftDocx } from "./test/typedDraft.ts";

/** The outline entries whose locator starts with `prefix`. */
const outlineUnder = (doc: JSONContent, prefix: string) =>
  regulationOutline(doc).filter((entry) => entry.startsWith(prefix));

describe("importing a Peraturan Daerah draft typed in Word", () => {
  let imported: ImportedRegulation;
  beforeAll(async () => {
    imported = await importRegulationDocx(await typedDraftDocx(PERDA_PARKIR_LINES));
  });

  it("gives a document the regulation schema accepts", () => {
    expect(() => getRegulationSchema().nodeFromJSON(imported.doc).check()).not.toThrow();
  });

  it("recognises the judul, opening lines, Menimbang, Mengingat and Menetapkan", () => {
    const outline = regulationOutline(imported.doc);
    expect(outline.slice(0, 3)).toEqual([
      "Judul | doc/regulationTitle | RANCANGAN PERATURAN DAERAH KOTA BANDUNG NOMOR … TAHUN 2026 TENTANG PENYELENGGARAAN PERPARKIRAN",
      "Pembukaan | preamble/paragraph | DENGAN RAHMAT TUHAN YANG MAHA ESA",
      "Pembukaan | preamble/paragraph | WALI KOTA BANDUNG,",
    ]);
    expect(outlineUnder(imported.doc, "Menimbang")).toEqual([
      "Menimbang huruf a | consideration/paragraph | bahwa perparkiran merupakan bagian dari sistem lalu lintas dan angkutan jalan;",
      "Menimbang huruf b | consideration/paragraph | bahwa penyelenggaraan perparkiran perlu ditata agar tertib dan aman;",
      "Menimbang huruf c | consideration/paragraph | bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Daerah tentang Penyelenggaraan Perparkiran;",
    ]);
    expect(outlineUnder(imported.doc, "Mengingat").map((entry) => entry.split(" | ")[0])).toEqual([
      "Mengingat angka 1",
      "Mengingat angka 2",
      "Mengingat angka 3",
    ]);
    expect(outlineUnder(imported.doc, "Memutuskan")).toEqual([
      "Memutuskan | enactment/paragraph | Dengan Persetujuan Bersama",
      "Memutuskan | enactment/paragraph | DEWAN PERWAKILAN RAKYAT DAERAH KOTA BANDUNG",
      "Memutuskan | enactment/paragraph | dan",
      "Memutuskan | enactment/paragraph | WALI KOTA BANDUNG",
      "Memutuskan | enactment/enactedName | PERATURAN DAERAH TENTANG PENYELENGGARAAN PERPARKIRAN.",
    ]);
  });

  it("builds BAB, Bagian and Paragraf with their titles and numbers Pasal continuously", () => {
    expect(markersOf(imported.doc, "chapter")).toEqual(["BAB I", "BAB II", "BAB III", "BAB IV"]);
    expect(markersOf(imported.doc, "part")).toEqual(["Bagian Kesatu", "Bagian Kedua"]);
    expect(markersOf(imported.doc, "subpart")).toEqual(["Paragraf 1", "Paragraf 2"]);
    // The draft skipped "Pasal 6"; the import numbers from the structure, not from the typing.
    expect(markersOf(imported.doc, "article")).toEqual(
      ["1", "2", "3", "4", "5", "6", "7"].map((number) => `Pasal ${number}`),
    );
    expect(regulationOutline(imported.doc)).toContain(
      "BAB II Bagian Kedua Paragraf 2 | subpart/unitTitle | Tempat Parkir di Luar Ruang Milik Jalan",
    );
  });

  it("places ayat, huruf and nested angka under the right Pasal", () => {
    expect(outlineUnder(imported.doc, "BAB II, Pasal 2")).toEqual([
      "BAB II, Pasal 2 ayat (1) | clause/paragraph | Penyelenggaraan perparkiran dilaksanakan oleh Pemerintah Daerah.",
      "BAB II, Pasal 2 ayat (2) | clause/paragraph | Penyelenggaraan perparkiran sebagaimana dimaksud pada ayat (1) meliputi:",
      "BAB II, Pasal 2 ayat (2) huruf a | point/paragraph | parkir di ruang milik jalan; dan",
      "BAB II, Pasal 2 ayat (2) huruf b | point/paragraph | parkir di luar ruang milik jalan, terdiri atas:",
      "BAB II, Pasal 2 ayat (2) huruf b angka 1 | point/paragraph | gedung parkir; dan",
      "BAB II, Pasal 2 ayat (2) huruf b angka 2 | point/paragraph | pelataran parkir.",
      "BAB II, Pasal 2 ayat (3) | clause/paragraph | Ketentuan lebih lanjut diatur dengan Peraturan Wali Kota.",
    ]);
    expect(
      outlineUnder(imported.doc, "BAB I, Pasal 1").map((entry) => entry.split(" | ")[0]),
    ).toEqual([
      "BAB I, Pasal 1",
      "BAB I, Pasal 1 angka 1",
      "BAB I, Pasal 1 angka 2",
      "BAB I, Pasal 1 angka 3",
    ]);
    expect(
      outlineUnder(imported.doc, "BAB III, Pasal 6").map((entry) => entry.split(" | ")[0]),
    ).toEqual([
      "BAB III, Pasal 6",
      "BAB III, Pasal 6 huruf a",
      "BAB III, Pasal 6 huruf b",
      "BAB III, Pasal 6 huruf c",
    ]);
  });

  it("keeps the drafter's stray note as text in the next Pasal and lists it", () => {
    expect(imported.unrecognised).toEqual([{ text: DRAFTERS_NOTE, reason: "outside_structure" }]);
    expect(outlineUnder(imported.doc, "BAB III, Pasal 5")).toEqual([
      `BAB III, Pasal 5 | article/paragraph | ${DRAFTERS_NOTE}`,
      "BAB III, Pasal 5 | article/paragraph | Setiap pengguna jasa parkir berhak mendapatkan karcis parkir.",
    ]);
  });

  it("keeps the penutup and points each Penjelasan at the Pasal and ayat the drafter meant", () => {
    const closing = outlineUnder(imported.doc, "Penutup");
    expect(closing).toHaveLength(7);
    expect(closing[0]).toMatch(/^Penutup \| closing\/paragraph \| Agar setiap orang/);
    const elucidation = outlineUnder(imported.doc, "Penjelasan");
    expect(elucidation.map((entry) => entry.split(" | ")[0])).toEqual([
      "Penjelasan Umum",
      "Penjelasan Pasal 1",
      "Penjelasan Pasal 2 ayat (1)",
      "Penjelasan Pasal 2 ayat (2)",
      "Penjelasan Pasal 2 ayat (3)",
      "Penjelasan Pasal 3",
      "Penjelasan Pasal 4",
      "Penjelasan Pasal 5",
      // Typed "Pasal 7" in both the body and the Penjelasan: the same article, now Pasal 6.
      "Penjelasan Pasal 6",
      "Penjelasan Pasal 7",
    ]);
  });

  it("gives every unit its own id, so locators and references can point at it", () => {
    const doc = getRegulationSchema().nodeFromJSON(imported.doc);
    const numbering = numberRegulation(doc);
    expect(numbering.duplicateIds).toEqual([]);
    const lastArticle = numbering.units.filter((unit) => unit.kind === "article").at(-1);
    expect(locatorOf(doc, lastArticle?.id ?? "")).toBe("BAB IV, Pasal 7");
  });
});
