import { describe, expect, it } from "vitest";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import { importRegulationDocx } from "./docxImporter.ts";
import { type NumberedLine, numbered, numberedDraftDocx } from "./test/numberedDraft.ts";
import { formattingOf, regulationOutline } from "./test/regulationOutline.ts";
import { typedDraftDocx } from "./test/typedDraft.ts";

const HEADING = [
  "PERATURAN DAERAH KOTA BANDUNG TENTANG TAMAN KOTA",
  "WALI KOTA BANDUNG,",
  "Menimbang :",
];

/**
 * A draft whose Menimbang, Mengingat, definitions, ayat, huruf and angka are all numbered by
 * Word. Each Pasal restarts its ayat, as a drafter does with "Restart at 1".
 */
const AUTO_NUMBERED: Array<string | NumberedLine> = [
  ...HEADING,
  numbered("huruf", 0, "bahwa taman kota merupakan **ruang terbuka hijau**;"),
  numbered("huruf", 0, "bahwa taman kota perlu dikelola bersama warga;"),
  "Mengingat :",
  numbered("angka", 0, "Pasal 18 ayat (6) Undang-Undang Dasar 1945;", 1),
  numbered("angka", 0, "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;", 1),
  "MEMUTUSKAN:",
  "Menetapkan : PERATURAN DAERAH TENTANG TAMAN KOTA.",
  "Pasal 1",
  "Dalam Peraturan Daerah ini yang dimaksud dengan:",
  numbered("angka", 0, "Daerah adalah Kota Bandung.", 2),
  numbered("angka", 0, "Taman Kota adalah ruang terbuka hijau milik Daerah.", 2),
  "Pasal 2",
  numbered("ayat", 0, "Taman kota dikelola oleh Pemerintah Daerah.", 1),
  numbered("ayat", 0, "Pengelolaan taman kota meliputi:", 1),
  numbered("ayat", 1, "perawatan; dan", 1),
  numbered("ayat", 1, "pengamanan, terdiri atas:", 1),
  numbered("ayat", 2, "patroli; dan", 1),
  numbered("ayat", 2, "penjagaan _(security guard)_.", 1),
  numbered("ayat", 0, "Ketentuan lebih lanjut diatur dengan Peraturan Wali Kota.", 1),
  "Pasal 3",
  numbered("ayat", 0, "Setiap orang wajib menjaga taman kota.", 2),
  numbered("ayat", 0, "Pelanggaran sebagaimana dimaksud pada ayat (1) dikenai teguran.", 2),
];

/** The same draft with every number typed by hand. */
const TYPED = [
  ...HEADING,
  "a. bahwa taman kota merupakan **ruang terbuka hijau**;",
  "b. bahwa taman kota perlu dikelola bersama warga;",
  "Mengingat :",
  "1. Pasal 18 ayat (6) Undang-Undang Dasar 1945;",
  "2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
  "MEMUTUSKAN:",
  "Menetapkan : PERATURAN DAERAH TENTANG TAMAN KOTA.",
  "Pasal 1",
  "Dalam Peraturan Daerah ini yang dimaksud dengan:",
  "1. Daerah adalah Kota Bandung.",
  "2. Taman Kota adalah ruang terbuka hijau milik Daerah.",
  "Pasal 2",
  "(1) Taman kota dikelola oleh Pemerintah Daerah.",
  "(2) Pengelolaan taman kota meliputi:",
  "a. perawatan; dan",
  "b. pengamanan, terdiri atas:",
  "1) patroli; dan",
  "2) penjagaan _(security guard)_.",
  "(3) Ketentuan lebih lanjut diatur dengan Peraturan Wali Kota.",
  "Pasal 3",
  "(1) Setiap orang wajib menjaga taman kota.",
  "(2) Pelanggaran sebagaimana dimaksud pada ayat (1) dikenai teguran.",
];

describe("importing lists that Word numbers automatically", () => {
  it("reads ayat, huruf and angka from Word's list numbering as from typed markers", async () => {
    const auto = await importRegulationDocx(await numberedDraftDocx(AUTO_NUMBERED));
    const typed = await importRegulationDocx(await typedDraftDocx(TYPED));
    expect(() => getRegulationSchema().nodeFromJSON(auto.doc).check()).not.toThrow();
    expect(auto.unrecognised).toEqual([]);
    expect(regulationOutline(auto.doc)).toEqual(regulationOutline(typed.doc));
    expect(formattingOf(auto.doc)).toEqual(formattingOf(typed.doc));
  });

  it("puts each numbered paragraph where its list number says, with the text after it", async () => {
    const { doc } = await importRegulationDocx(await numberedDraftDocx(AUTO_NUMBERED));
    const outline = regulationOutline(doc);
    expect(outline).toContain(
      "Menimbang huruf b | consideration/paragraph | bahwa taman kota perlu dikelola bersama warga;",
    );
    expect(outline).toContain(
      "Pasal 1 angka 2 | point/paragraph | Taman Kota adalah ruang terbuka hijau milik Daerah.",
    );
    expect(outline.filter((entry) => entry.startsWith("Pasal 2"))).toEqual([
      "Pasal 2 ayat (1) | clause/paragraph | Taman kota dikelola oleh Pemerintah Daerah.",
      "Pasal 2 ayat (2) | clause/paragraph | Pengelolaan taman kota meliputi:",
      "Pasal 2 ayat (2) huruf a | point/paragraph | perawatan; dan",
      "Pasal 2 ayat (2) huruf b | point/paragraph | pengamanan, terdiri atas:",
      "Pasal 2 ayat (2) huruf b angka 1 | point/paragraph | patroli; dan",
      "Pasal 2 ayat (2) huruf b angka 2 | point/paragraph | penjagaan (security guard).",
      "Pasal 2 ayat (3) | clause/paragraph | Ketentuan lebih lanjut diatur dengan Peraturan Wali Kota.",
    ]);
    expect(formattingOf(doc)).toEqual([
      "Menimbang huruf a | bold | ruang terbuka hijau",
      "Pasal 2 ayat (2) huruf b angka 2 | italic | (security guard)",
    ]);
  });

  it("continues an auto-numbered item over a line break instead of starting another", async () => {
    const { doc } = await importRegulationDocx(
      await numberedDraftDocx([
        ...HEADING,
        numbered("huruf", 0, "bahwa taman kota perlu dijaga;"),
        "Menetapkan : PERATURAN DAERAH TENTANG TAMAN KOTA.",
        "Pasal 1",
        numbered("ayat", 0, "Taman kota dikelola Pemerintah Daerah."),
        numbered("ayat", 0, "Pengelola taman kota:\nmenjaga kebersihan."),
      ]),
    );
    expect(regulationOutline(doc).slice(-3)).toEqual([
      "Pasal 1 ayat (1) | clause/paragraph | Taman kota dikelola Pemerintah Daerah.",
      "Pasal 1 ayat (2) | clause/paragraph | Pengelola taman kota:",
      "Pasal 1 ayat (2) | clause/paragraph | menjaga kebersihan.",
    ]);
  });
});
