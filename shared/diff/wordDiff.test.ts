import { describe, expect, it } from "vitest";
import { countWords, tokenize } from "./tokens.ts";
import { diffWords, textAfter, textBefore } from "./wordDiff.ts";

describe("tokenising Indonesian text", () => {
  it("keeps reduplicated words, numbers and words with apostrophes whole", () => {
    expect(tokenize("Rapat hari Jum'at, sehari-hari, ke-2: Rp1.000.000,00 dan 2,5 ton.")).toEqual([
      "Rapat",
      " ",
      "hari",
      " ",
      "Jum'at",
      ",",
      " ",
      "sehari-hari",
      ",",
      " ",
      "ke-2",
      ":",
      " ",
      "Rp1.000.000,00",
      " ",
      "dan",
      " ",
      "2,5",
      " ",
      "ton",
      ".",
    ]);
  });

  it("makes each punctuation mark of a citation its own token", () => {
    expect(tokenize("Pasal 5 ayat (2) huruf b—dan/atau…")).toEqual([
      "Pasal",
      " ",
      "5",
      " ",
      "ayat",
      " ",
      "(",
      "2",
      ")",
      " ",
      "huruf",
      " ",
      "b",
      "—",
      "dan",
      "/",
      "atau",
      "…",
    ]);
  });

  it("loses no character, whatever the text", () => {
    const texts = ["", "  \n\t ", "café́ 🇮🇩 «kutipan» ‘tanda’ 1.2.3", "a\u00a0b\u200bc", "((2))..."];
    for (const text of texts) expect(tokenize(text).join("")).toBe(text);
  });

  it("counts words and numbers, not spaces or punctuation", () => {
    expect(countWords("Setiap orang wajib memilah sampah; (1) dan/atau —")).toBe(8);
  });
});

describe("word-level diff", () => {
  it("shows a replaced number in a citation as that number alone", () => {
    expect(
      diffWords("sebagaimana dimaksud dalam ayat (2).", "sebagaimana dimaksud dalam ayat (3)."),
    ).toEqual([
      { op: "equal", text: "sebagaimana dimaksud dalam ayat (" },
      { op: "delete", text: "2" },
      { op: "insert", text: "3" },
      { op: "equal", text: ")." },
    ]);
  });

  it("reads consecutive replaced words as one replacement, deletion first", () => {
    expect(
      diffWords("dalam waktu tujuh hari kerja.", "dalam waktu empat belas hari kerja."),
    ).toEqual([
      { op: "equal", text: "dalam waktu " },
      { op: "delete", text: "tujuh" },
      { op: "insert", text: "empat belas" },
      { op: "equal", text: " hari kerja." },
    ]);
    expect(diffWords("lima hari", "tujuh minggu")).toEqual([
      { op: "delete", text: "lima hari" },
      { op: "insert", text: "tujuh minggu" },
    ]);
  });

  it("returns one equal piece for identical text and none for two empty texts", () => {
    expect(diffWords("Cukup jelas.", "Cukup jelas.")).toEqual([
      { op: "equal", text: "Cukup jelas." },
    ]);
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("", "Cukup jelas.")).toEqual([{ op: "insert", text: "Cukup jelas." }]);
  });

  it("reconstructs both texts exactly", () => {
    const pairs: Array<[string, string]> = [
      ["Setiap orang wajib memilah sampah.", "Setiap orang dan badan usaha wajib mengolah sampah."],
      ["a b c d e f", "f e d c b a"],
      ["  spasi  ganda \n", "spasi ganda"],
      ["Rp1.000.000,00 per hari", "Rp2.500.000,00 per minggu"],
      ["sehari-hari; dan/atau", "sehari hari; dan atau…"],
      ["", "baru"],
      ["lama", ""],
      ["🇮🇩 Jum'at «kutipan»", "🇮🇩 Sabtu «kutipan baru»"],
    ];
    for (const [before, after] of pairs) {
      const pieces = diffWords(before, after);
      expect(textBefore(pieces)).toBe(before);
      expect(textAfter(pieces)).toBe(after);
    }
  });

  it("reconstructs both texts of random edits exactly", () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % below;
    };
    const alphabet = [
      "sampah",
      "desa",
      " ",
      "  ",
      ",",
      ".",
      "(1)",
      "-",
      "Rp1.000",
      "\n",
      "é",
      "🇮🇩",
    ];
    const text = (length: number) =>
      Array.from({ length }, () => alphabet[random(alphabet.length)]).join("");
    for (let round = 0; round < 200; round++) {
      const [before, after] = [text(random(30)), text(random(30))];
      const pieces = diffWords(before, after);
      expect([textBefore(pieces), textAfter(pieces)]).toEqual([before, after]);
    }
  });

  it("stays exact on long texts with many changes", () => {
    const words = Array.from({ length: 600 }, (_, index) => `kata${index % 37}`);
    const before = words.join(" ");
    const after = words.map((word, index) => (index % 7 === 0 ? "ganti" : word)).join(", ");
    const pieces = diffWords(before, after);
    expect(textBefore(pieces)).toBe(before);
    expect(textAfter(pieces)).toBe(after);
  });
});
