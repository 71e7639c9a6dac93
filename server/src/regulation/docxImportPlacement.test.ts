import { describe, expect, it } from "vitest";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import { importRegulationDocx } from "./docxImporter.ts";
import { regulationOutline } from "./test/regulationOutline.ts";
import { typedDraftDocx } from "./test/typedDraft.ts";

/** Imports a draft typed as these lines and checks it against the schema. */
async function importLines(lines: string[]) {
  const imported = await importRegulationDocx(await typedDraftDocx(lines));
  getRegulationSchema().nodeFromJSON(imported.doc).check();
  return imported;
}

describe("placing what does not fit the form of a regulation", () => {
  it("moves text typed before ayat (1) into the ayat, lists it and keeps the draft valid", async () => {
    const imported = await importLines([
      "PERATURAN DAERAH KOTA BANDUNG TENTANG TAMAN KOTA",
      "Menimbang : bahwa taman kota perlu dijaga;",
      "Mengingat : Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
      "MEMUTUSKAN:",
      "Menetapkan : PERATURAN DAERAH TENTANG TAMAN KOTA.",
      "Pasal 1",
      "Ketentuan ini berlaku untuk:",
      "(1) Taman kota dikelola Pemerintah Daerah.",
      "(2) Setiap orang wajib menjaga taman kota.",
    ]);
    expect(imported.unrecognised).toEqual([
      { text: "Ketentuan ini berlaku untuk:", reason: "outside_structure" },
    ]);
    expect(regulationOutline(imported.doc).slice(1)).toEqual([
      "Menimbang | consideration/paragraph | bahwa taman kota perlu dijaga;",
      "Mengingat | legalBasis/paragraph | Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
      "Memutuskan | enactment/enactedName | PERATURAN DAERAH TENTANG TAMAN KOTA.",
      "Pasal 1 ayat (1) | clause/paragraph | Ketentuan ini berlaku untuk:",
      "Pasal 1 ayat (1) | clause/paragraph | Taman kota dikelola Pemerintah Daerah.",
      "Pasal 1 ayat (2) | clause/paragraph | Setiap orang wajib menjaga taman kota.",
    ]);
  });

  it("lists missing parts, a Bagian outside any BAB and a Penjelasan of an unknown Pasal", async () => {
    const imported = await importLines([
      "Bagian Kesatu",
      "Pasal 1",
      "Taman kota dikelola Pemerintah Daerah.",
      "PENJELASAN",
      "I. UMUM",
      "Cukup jelas.",
      "II. PASAL DEMI PASAL",
      "Pasal 9",
      "Cukup jelas.",
    ]);
    expect(imported.unrecognised).toEqual([
      { text: "Judul", reason: "missing_part" },
      { text: "Menimbang", reason: "missing_part" },
      { text: "Mengingat", reason: "missing_part" },
      { text: "Menetapkan", reason: "missing_part" },
      { text: "Bagian Kesatu", reason: "unit_out_of_place" },
      { text: "Pasal 9", reason: "unknown_target" },
    ]);
    expect(regulationOutline(imported.doc)).toContain(
      "Pasal 1 | article/paragraph | Bagian Kesatu",
    );
  });

  it("folds Pasal typed before the first Bagian of a BAB into that Bagian", async () => {
    const imported = await importLines([
      "Menetapkan : PERATURAN DAERAH TENTANG TAMAN KOTA.",
      "BAB I",
      "PENGELOLAAN",
      "Pasal 1",
      "Taman kota dikelola Pemerintah Daerah.",
      "Bagian Kesatu",
      "Perawatan",
      "Pasal 2",
      "Perawatan dilakukan setiap bulan.",
    ]);
    expect(imported.unrecognised).toContainEqual({
      text: "Taman kota dikelola Pemerintah Daerah.",
      reason: "unit_out_of_place",
    });
    expect(regulationOutline(imported.doc).slice(-3)).toEqual([
      "BAB I Bagian Kesatu | part/unitTitle | Perawatan",
      "BAB I, Pasal 1 | article/paragraph | Taman kota dikelola Pemerintah Daerah.",
      "BAB I, Pasal 2 | article/paragraph | Perawatan dilakukan setiap bulan.",
    ]);
  });
});
