import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { schemaForForm } from "../editor/freeSchema.ts";
import { diffDrafts } from "./draftDiff.ts";
import { diffStats } from "./stats.ts";
import { bullets, expectReconstructs, freeDraft, heading, para } from "./test/drafts.ts";
import { textAfter, textBefore } from "./wordDiff.ts";

const schema = schemaForForm("free");

const intro = "Rancangan kebijakan ini mengatur pengelolaan sampah di tingkat desa.";
const sorting = "Setiap rumah tangga wajib memilah sampah organik dan anorganik sebelum diangkut.";
const schedule = "Pengangkutan dilakukan dua kali seminggu oleh petugas desa yang ditunjuk.";
const fees = "Iuran kebersihan ditetapkan melalui musyawarah desa setiap tahun anggaran.";
const complaints = "Warga dapat menyampaikan keberatan kepada kepala desa dalam waktu tujuh hari.";

const base = freeDraft(
  heading("Ketentuan Umum"),
  para(intro),
  para(sorting),
  heading("Pelaksanaan"),
  para(schedule),
  para(fees),
  para(complaints),
);

/** Fixture pairs, each also checked against the reconstruction invariant. */
const fixtures: Record<string, [JSONContent, JSONContent]> = {
  identical: [base, structuredClone(base)],
  edited: [
    base,
    freeDraft(
      heading("Ketentuan Umum"),
      para(intro),
      para(sorting),
      heading("Pelaksanaan"),
      para(schedule),
      para(fees),
      para(complaints.replace("tujuh hari", "empat belas hari kerja")),
    ),
  ],
  moved: [
    base,
    freeDraft(
      heading("Ketentuan Umum"),
      para(intro),
      heading("Pelaksanaan"),
      para(schedule),
      para(sorting),
      para(fees),
      para(complaints),
    ),
  ],
  movedAndTouched: [
    base,
    freeDraft(
      heading("Ketentuan Umum"),
      para(intro),
      para(sorting),
      heading("Pelaksanaan"),
      para(fees.replace("setiap tahun", "tiap tahun")),
      para(schedule),
      para(complaints),
    ),
  ],
  split: [
    freeDraft(para(intro), para(`${sorting} ${schedule}`), para(fees)),
    freeDraft(para(intro), para(sorting), para(schedule), para(fees)),
  ],
  addedAndRemoved: [
    base,
    freeDraft(
      heading("Ketentuan Umum"),
      para(intro),
      heading("Pelaksanaan"),
      para(schedule),
      para(fees),
      para(complaints),
      para("Peraturan ini berlaku sejak diumumkan."),
    ),
  ],
  punctuation: [
    freeDraft(para("Iuran Rp10.000,00/bulan; dibayar tiap Jum'at (kecuali hari libur)…")),
    freeDraft({
      type: "paragraph",
      content: [
        { type: "text", text: "Iuran Rp15.000,00/bulan;" },
        { type: "hardBreak" },
        { type: "text", text: "dibayar tiap Sabtu (kecuali hari libur)…" },
      ],
    }),
  ],
  listed: [
    freeDraft(para(intro), bullets("organik;", "anorganik; dan"), para(fees)),
    freeDraft(para(intro), bullets("organik;", "anorganik;", "residu."), para(fees)),
  ],
};

const diffOf = (name: string) => {
  const [before, after] = fixtures[name] as [JSONContent, JSONContent];
  return diffDrafts(before, after, schema);
};
const statuses = (name: string) => diffOf(name).map((entry) => entry.status);

describe("diff of free drafts", () => {
  it("finds nothing to show between identical drafts", () => {
    const diff = diffOf("identical");
    expect(diff.every((entry) => entry.status === "unchanged")).toBe(true);
    expect(diff.map((entry) => entry.kind)).toEqual([
      "heading",
      "paragraph",
      "paragraph",
      "heading",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
    expect(diffStats(diff)).toMatchObject({ changed: 0, added: 0, removed: 0, moved: 0 });
  });

  it("shows an edited paragraph as changed, with the replaced words", () => {
    const changed = diffOf("edited").filter((entry) => entry.status === "changed");
    expect(changed).toHaveLength(1);
    expect(changed[0]?.locatorAfter).toBe("Pelaksanaan");
    const words = (op: string) =>
      changed[0]?.pieces.filter((piece) => piece.op === op).map((piece) => piece.text.trim());
    expect(words("delete")).toEqual(["tujuh"]);
    expect(words("insert")).toEqual(["empat belas", "kerja"]);
    expect(diffStats(diffOf("edited"))).toMatchObject({ wordsDeleted: 1, wordsInserted: 3 });
  });

  it("shows a paragraph cut and pasted under another heading as moved, not removed and added", () => {
    const diff = diffOf("moved");
    expect(statuses("moved")).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
      "unchanged",
      "moved",
      "unchanged",
      "unchanged",
    ]);
    const moved = diff.find((entry) => entry.status === "moved");
    expect(textAfter(moved?.pieces ?? [])).toBe(sorting);
    expect([moved?.locatorBefore, moved?.locatorAfter]).toEqual(["Ketentuan Umum", "Pelaksanaan"]);
  });

  it("shows a moved paragraph with a small edit as moved, with the edit", () => {
    const moved = diffOf("movedAndTouched").filter((entry) => entry.status === "moved");
    expect(moved).toHaveLength(1);
    expect(textBefore(moved[0]?.pieces ?? [])).toBe(fees);
    expect(moved[0]?.pieces.filter((piece) => piece.op !== "equal")).toEqual([
      { op: "delete", text: "setiap" },
      { op: "insert", text: "tiap" },
    ]);
  });

  it("shows a split paragraph as the first half changed and the second half added", () => {
    expect(statuses("split")).toEqual(["unchanged", "changed", "added", "unchanged"]);
    const [, first, second] = diffOf("split");
    expect(textBefore(first?.pieces ?? [])).toBe(`${sorting} ${schedule}`);
    expect(textAfter(first?.pieces ?? [])).toBe(sorting);
    expect(textAfter(second?.pieces ?? [])).toBe(schedule);
  });

  it("places a removed paragraph where it was and an added one where it is", () => {
    const diff = diffOf("addedAndRemoved");
    expect(diff.map((entry) => entry.status)).toEqual([
      "unchanged",
      "unchanged",
      "removed",
      "unchanged",
      "unchanged",
      "unchanged",
      "unchanged",
      "added",
    ]);
    expect(diff[2]?.locatorBefore).toBe("Ketentuan Umum");
    expect(diff[2]?.locatorAfter).toBeNull();
    expect(diffStats(diff)).toMatchObject({ added: 1, removed: 1, wordsInserted: 5 });
  });

  it("changes whole amounts and words, keeping punctuation and reading a line break as one", () => {
    const [entry] = diffOf("punctuation");
    expect(entry?.pieces.filter((piece) => piece.op !== "equal")).toEqual([
      { op: "delete", text: "Rp10.000,00" },
      { op: "insert", text: "Rp15.000,00" },
      { op: "delete", text: " " },
      { op: "insert", text: "\n" },
      { op: "delete", text: "Jum'at" },
      { op: "insert", text: "Sabtu" },
    ]);
  });

  it("keeps list items as entries that say they are in a list", () => {
    const diff = diffOf("listed");
    expect(diff.map((entry) => [entry.status, entry.path.join("/")])).toEqual([
      ["unchanged", ""],
      ["unchanged", "bulletList/listItem"],
      ["changed", "bulletList/listItem"],
      ["added", "bulletList/listItem"],
      ["unchanged", ""],
    ]);
    expect(diff[1]?.depth).toBe(2);
  });

  it("accepts parsed documents as well as JSON", () => {
    const [before, after] = fixtures.edited as [JSONContent, JSONContent];
    expect(diffDrafts(schema.nodeFromJSON(before), after, schema)).toEqual(diffOf("edited"));
  });

  it.each(Object.keys(fixtures))("reconstructs both versions exactly (%s)", (name) => {
    const [before, after] = fixtures[name] as [JSONContent, JSONContent];
    expectReconstructs(diffDrafts(before, after, schema), before, after, schema);
  });
});
