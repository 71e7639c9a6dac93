import { describe, expect, it } from "vitest";
import { diffDrafts } from "../../../../shared/diff/index.ts";
import { withFirstText, withUnitAfter } from "../../../../shared/diff/test/drafts.ts";
import { getRegulationSchema } from "../../../../shared/editor/regulationSchema.ts";
import { article, buildPerda } from "../../../../shared/editor/test/regulationFactory.ts";
import { changedRows, diffRows, piecesOf } from "./diffRows.ts";

const perda = buildPerda();
const after = withUnitAfter(
  withFirstText(
    perda,
    "ayat-memilah",
    "Setiap orang wajib memilah dan mengolah sampah rumah tangga.",
  ),
  "pasal-asas",
  article("pasal-baru", "Sampah dikelola secara terpadu."),
);
const rows = diffRows(diffDrafts(perda, after, getRegulationSchema()));

describe("diffRows", () => {
  it("shows BAB and Pasal as headings, renumbered ones with both numbers", () => {
    const headings = rows.filter((row) => row.kind === "heading").map((row) => row.label);
    expect(headings).toContain("BAB I");
    expect(headings).toContain("Pasal 3 → Pasal 4");
    const added = rows.find((row) => row.kind === "heading" && row.status === "added");
    expect(added?.label).toBe("Pasal 3");
  });

  it("puts an ayat's marker before its text and leaves containers out", () => {
    const changed = rows.find((row) => row.status === "changed");
    expect(changed?.label).toBe("(1)");
    expect(changed?.locator).toBe("BAB II, Pasal 5 ayat (1)");
    expect(
      piecesOf(changed?.pieces ?? [], "after")
        .map((p) => p.text)
        .join(""),
    ).toBe("Setiap orang wajib memilah dan mengolah sampah rumah tangga.");
    expect(rows.every((row) => row.pieces.length > 0 || row.kind === "heading")).toBe(true);
  });

  it("keeps only changes under the headings they stand in", () => {
    expect(changedRows(rows).map((row) => [row.kind, row.label, row.status])).toEqual([
      ["heading", "BAB I", "unchanged"],
      ["heading", "Pasal 3", "added"],
      ["text", null, "added"],
      ["heading", "BAB II", "unchanged"],
      ["heading", "Bagian Kedua", "unchanged"],
      ["heading", "Paragraf 1", "unchanged"],
      ["heading", "Pasal 4 → Pasal 5", "unchanged"],
      ["text", "(1)", "changed"],
    ]);
  });
});
