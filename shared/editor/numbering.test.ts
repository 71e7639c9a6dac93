import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { citationOf, locatorAt, locatorOf } from "./locator.ts";
import { numberRegulation, numberRegulationJSON } from "./numbering.ts";
import { getRegulationSchema } from "./regulationSchema.ts";
import { article, buildPerda, clause, paragraph, perdaWithBody } from "./test/regulationFactory.ts";

const perdaJSON = buildPerda();
const perda = getRegulationSchema().nodeFromJSON(perdaJSON);
const numbering = numberRegulation(perda);

/** Label of the unit with this id in the test Perda. */
const labelOf = (id: string) => numbering.byId.get(id)?.label;

/** Position inside the first text node containing `text`. */
function positionOfText(doc: ProseMirrorNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text?.includes(text)) found = pos + 1;
    return found < 0;
  });
  if (found < 0) throw new Error(`no text "${text}"`);
  return found;
}

describe("numbering a regulation", () => {
  it("numbers BAB in Roman numerals and Pasal continuously across BAB, Bagian and Paragraf", () => {
    const chapters = numbering.units.filter((unit) => unit.kind === "chapter");
    expect(chapters.map((unit) => unit.marker)).toEqual(["BAB I", "BAB II", "BAB III", "BAB IV"]);
    const articles = numbering.units.filter((unit) => unit.kind === "article");
    expect(articles.map((unit) => unit.id)).toEqual([
      "pasal-definisi",
      "pasal-asas",
      "pasal-hak",
      "pasal-kewajiban-orang",
      "pasal-kawasan",
      "pasal-penyelenggaraan",
      "pasal-sanksi",
      "pasal-berlaku",
    ]);
    expect(articles.map((unit) => unit.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("numbers Bagian with ordinal words within their BAB and Paragraf within their Bagian", () => {
    expect(labelOf("bagian-hak")).toBe("Bagian Kesatu");
    expect(labelOf("bagian-kewajiban")).toBe("Bagian Kedua");
    expect(labelOf("paragraf-kewajiban-kawasan")).toBe("Paragraf 2");
  });

  it("numbers ayat within their Pasal and rincian by level", () => {
    expect(numbering.byId.get("ayat-tujuan")?.marker).toBe("(2)");
    expect(numbering.byId.get("ayat-memilah")?.marker).toBe("(1)");
    expect(numbering.byId.get("definisi-sampah")?.marker).toBe("3.");
    expect(numbering.byId.get("asas-manfaat")?.marker).toBe("c.");
    expect(numbering.byId.get("anorganik-logam")?.marker).toBe("2.");
    // a letter list under a letter list is written "a)", "b)"
    expect(numbering.byId.get("logam-aluminium")?.marker).toBe("b)");
    expect(labelOf("logam-aluminium")).toBe("huruf b)");
  });

  it("numbers ayat among themselves when a merge left a Pasal mixing ayat and plain text", () => {
    const mixed = perdaWithBody(
      article(
        "p",
        paragraph("Kalimat lepas."),
        clause("a1", "X."),
        paragraph("Y."),
        clause("a2", "Z."),
      ),
    );
    const merged = getRegulationSchema().nodeFromJSON(mixed);
    expect(numberRegulation(merged).byId.get("a2")?.marker).toBe("(2)");
    expect(locatorOf(merged, "a2")).toBe("Pasal 1 ayat (2)");
    expect(locatorAt(merged, positionOfText(merged, "Y."))).toBe("Pasal 1");
  });

  it("letters considerations and numbers legal bases, but not a lone one", () => {
    expect(numbering.byId.get("menimbang-perlu")?.marker).toBe("c.");
    expect(numbering.byId.get("dasar-uu-sampah")?.marker).toBe("2.");
    const lone = structuredClone(perdaJSON);
    const legalBases = lone.content?.[1]?.content?.[3];
    legalBases?.content?.splice(1);
    expect(numberRegulationJSON(lone).byId.get("dasar-uud")?.marker).toBe("");
  });

  it("gives the same numbers from the JSON form", () => {
    const fromJSON = numberRegulationJSON(perdaJSON);
    expect(fromJSON.units).toEqual(numbering.units);
    expect(fromJSON.duplicateIds).toEqual([]);
  });

  it("reports ids carried by two nodes, as after a copy", () => {
    const copied = structuredClone(perdaJSON);
    const lastChapter = copied.content?.[2]?.content?.[3];
    lastChapter?.content?.push(structuredClone(lastChapter.content[1] ?? {}));
    expect(numberRegulationJSON(copied).duplicateIds).toEqual(["pasal-berlaku"]);
  });
});

describe("locators", () => {
  it("locates a passage down to the rincian: BAB, Pasal, ayat, huruf, angka", () => {
    expect(locatorAt(perda, positionOfText(perda, "wajib memilah sampah"), numbering)).toBe(
      "BAB II, Pasal 4 ayat (1)",
    );
    expect(locatorOf(perda, "logam-aluminium", numbering)).toBe(
      "BAB II, Pasal 4 ayat (2) huruf b angka 2 huruf b)",
    );
    expect(locatorOf(perda, "definisi-bupati", numbering)).toBe("BAB I, Pasal 1 angka 2");
  });

  it("locates BAB, Bagian and Paragraf themselves", () => {
    expect(locatorOf(perda, "bab-penyelenggaraan", numbering)).toBe("BAB III");
    expect(locatorOf(perda, "paragraf-kewajiban-kawasan", numbering)).toBe(
      "BAB II Bagian Kedua Paragraf 2",
    );
  });

  it("locates the preamble, closing and elucidation in Indonesian", () => {
    const at = (text: string) => locatorAt(perda, positionOfText(perda, text), numbering);
    expect(locatorOf(perda, "menimbang-volume", numbering)).toBe("Menimbang huruf b");
    expect(locatorOf(perda, "dasar-uu-sampah", numbering)).toBe("Mengingat angka 2");
    expect(at("PERATURAN DAERAH KABUPATEN SLEMAN")).toBe("Judul");
    expect(at("BUPATI SLEMAN,")).toBe("Pembukaan");
    expect(at("PERATURAN DAERAH TENTANG")).toBe("Memutuskan");
    expect(at("Agar setiap orang")).toBe("Penutup");
    expect(at("Sampah menjadi masalah")).toBe("Penjelasan Umum");
  });

  it("locates the elucidation of a Pasal and an ayat by their current numbers", () => {
    const elucidations: string[] = [];
    perda.descendants((node, pos) => {
      if (node.type.name === "paragraph" && node.textContent === "Cukup jelas.") {
        elucidations.push(locatorAt(perda, pos + 1, numbering));
      }
    });
    expect(elucidations).toEqual(["Penjelasan Pasal 1", "Penjelasan Pasal 4 ayat (1)"]);
  });

  it("cites a provision without its BAB, and within the same Pasal by ayat alone", () => {
    expect(citationOf(perda, "ayat-memilah", numbering)).toBe("Pasal 4 ayat (1)");
    const inSameArticle = positionOfText(perda, "Pemilahan sebagaimana");
    expect(citationOf(perda, "ayat-memilah", numbering, inSameArticle)).toBe("ayat (1)");
    expect(citationOf(perda, "no-such-id", numbering)).toBeNull();
  });
});
