import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { getRegulationSchema } from "../editor/regulationSchema.ts";
import { article, buildPerda, clause } from "../editor/test/regulationFactory.ts";
import { diffDrafts } from "./draftDiff.ts";
import { diffStats } from "./stats.ts";
import { DANGLING_REFERENCE_TEXT } from "./tokens.ts";
import {
  editUnit,
  expectReconstructs,
  withFirstText,
  withoutUnit,
  withUnitAfter,
} from "./test/drafts.ts";
import type { DraftDiffEntry } from "./types.ts";
import { textAfter, textBefore } from "./wordDiff.ts";

const schema = getRegulationSchema();
const perda = buildPerda();
const enactment = "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.";

/** Fixture pairs, each also checked against the reconstruction invariant. */
const fixtures: Record<string, [JSONContent, JSONContent]> = {
  identical: [perda, structuredClone(perda)],
  editedClause: [
    perda,
    withFirstText(
      perda,
      "ayat-memilah",
      "Setiap orang wajib memilah dan mengolah sampah rumah tangga.",
    ),
  ],
  insertedArticle: [
    perda,
    withUnitAfter(perda, "pasal-asas", article("pasal-baru", "Sampah dikelola secara terpadu.")),
  ],
  deletedArticle: [perda, withoutUnit(perda, "pasal-hak")],
  deletedTarget: [perda, withoutUnit(perda, "pasal-sanksi")],
  movedArticle: [
    perda,
    withUnitAfter(
      withoutUnit(perda, "pasal-berlaku"),
      "pasal-asas",
      article("pasal-berlaku", enactment),
    ),
  ],
  swappedClauses: [perda, editUnit(perda, "pasal-asas", (unit) => unit.content?.reverse())],
  newClause: [
    perda,
    withUnitAfter(
      perda,
      "ayat-memilah",
      clause("ayat-baru", "Pemilahan dilakukan sejak dari sumber."),
    ),
  ],
};

const diffOf = (name: string) => {
  const [before, after] = fixtures[name] as [JSONContent, JSONContent];
  return diffDrafts(before, after, schema);
};
const unitEntry = (diff: DraftDiffEntry[], id: string) => {
  const entry = diff.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no entry for ${id}`);
  return entry;
};
/** The text block entry right after the unit with this id. */
const textOf = (diff: DraftDiffEntry[], id: string) =>
  diff[diff.findIndex((entry) => entry.id === id) + 1] as DraftDiffEntry;
const changedEntries = (diff: DraftDiffEntry[]) =>
  diff.filter((entry) => entry.status !== "unchanged");

describe("diff of regulations", () => {
  it("finds nothing to show between identical versions, and keeps the structure", () => {
    const diff = diffOf("identical");
    expect(changedEntries(diff)).toEqual([]);
    expect(diff.some((entry) => entry.renumbered)).toBe(false);
    const chapter = unitEntry(diff, "bab-hak-kewajiban");
    expect(chapter).toMatchObject({ kind: "chapter", labelAfter: "BAB II", markerAfter: "BAB II" });
    expect(chapter.pieces).toEqual([{ op: "equal", text: "HAK DAN KEWAJIBAN" }]);
    expect(unitEntry(diff, "ayat-tujuan")).toMatchObject({
      kind: "clause",
      markerAfter: "(2)",
      locatorAfter: "BAB I, Pasal 2 ayat (2)",
      path: ["body", "chapter", "article"],
    });
  });

  it("shows words changed in one ayat as one changed text block, located in its Pasal", () => {
    const diff = diffOf("editedClause");
    const changed = changedEntries(diff);
    expect(changed.map((entry) => [entry.kind, entry.status, entry.locatorAfter])).toEqual([
      ["paragraph", "changed", "BAB II, Pasal 4 ayat (1)"],
    ]);
    const inserted = changed[0]?.pieces.filter((piece) => piece.op === "insert");
    expect(inserted?.map((piece) => piece.text.trim())).toEqual(["dan mengolah"]);
    expect(unitEntry(diff, "ayat-memilah").status).toBe("unchanged");
    expect(diffStats(diff)).toMatchObject({ changed: 1, wordsInserted: 2, wordsDeleted: 0 });
  });

  it("shows a Pasal inserted in BAB I as the only addition; later Pasal are only renumbered", () => {
    const diff = diffOf("insertedArticle");
    const added = changedEntries(diff);
    expect(added.map((entry) => [entry.kind, entry.status, entry.labelAfter])).toEqual([
      ["article", "added", "Pasal 3"],
      ["paragraph", "added", null],
    ]);
    // It comes after everything Pasal 2 holds, before BAB II.
    const index = diff.indexOf(added[0] as DraftDiffEntry);
    expect(diff[index - 1]?.locatorAfter).toBe("BAB I, Pasal 2 ayat (2)");
    expect(diff[index + 2]?.id).toBe("bab-hak-kewajiban");

    expect(unitEntry(diff, "pasal-hak")).toMatchObject({
      status: "unchanged",
      labelBefore: "Pasal 3",
      labelAfter: "Pasal 4",
      renumbered: true,
      locatorBefore: "BAB II, Pasal 3",
      locatorAfter: "BAB II, Pasal 4",
    });
    expect(diffStats(diff)).toMatchObject({ added: 2, changed: 0, renumbered: 6 });
  });

  it("reads a reference that follows the renumbering as unchanged text", () => {
    const reference = textOf(diffOf("insertedArticle"), "pasal-kawasan");
    expect(reference.status).toBe("unchanged");
    expect(reference.pieces).toContainEqual({
      op: "equal",
      text: "Pasal 8",
      textBefore: "Pasal 7",
    });
    expect(textBefore(reference.pieces)).toBe(
      "Pengelola kawasan yang lalai dikenai sanksi menurut Pasal 7.",
    );
    expect(textAfter(reference.pieces)).toBe(
      "Pengelola kawasan yang lalai dikenai sanksi menurut Pasal 8.",
    );
  });

  it("shows a deleted Pasal where it stood, with the Pasal after it renumbered down", () => {
    const diff = diffOf("deletedArticle");
    const removed = changedEntries(diff);
    expect(removed.map((entry) => [entry.kind, entry.status, entry.locatorBefore])).toEqual([
      ["article", "removed", "BAB II, Pasal 3"],
      ["paragraph", "removed", "BAB II, Pasal 3"],
    ]);
    expect(diff[diff.indexOf(removed[0] as DraftDiffEntry) - 1]?.id).toBe("bagian-hak");
    expect(removed[0]).toMatchObject({
      labelBefore: "Pasal 3",
      labelAfter: null,
      renumbered: false,
    });
    expect(unitEntry(diff, "pasal-berlaku")).toMatchObject({
      labelBefore: "Pasal 8",
      labelAfter: "Pasal 7",
    });
    expect(diffStats(diff)).toMatchObject({ removed: 2, wordsDeleted: 7, renumbered: 5 });
  });

  it("shows a reference to a deleted Pasal as a text change", () => {
    const reference = textOf(diffOf("deletedTarget"), "pasal-kawasan");
    expect(reference.status).toBe("changed");
    expect(reference.pieces.filter((piece) => piece.op !== "equal")).toEqual([
      { op: "delete", text: "Pasal 7" },
      { op: "insert", text: DANGLING_REFERENCE_TEXT },
    ]);
  });

  it("shows a Pasal moved to another BAB as moved, its text travelling with it unchanged", () => {
    const diff = diffOf("movedArticle");
    expect(changedEntries(diff).map((entry) => [entry.id, entry.status])).toEqual([
      ["pasal-berlaku", "moved"],
    ]);
    expect(unitEntry(diff, "pasal-berlaku")).toMatchObject({
      labelBefore: "Pasal 8",
      labelAfter: "Pasal 3",
      locatorBefore: "BAB IV, Pasal 8",
      locatorAfter: "BAB I, Pasal 3",
    });
    expect(textOf(diff, "pasal-berlaku").status).toBe("unchanged");
  });

  it("shows ayat swapped within their Pasal as one moved ayat", () => {
    const diff = diffOf("swappedClauses");
    const moved = changedEntries(diff);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ kind: "clause", status: "moved", renumbered: true });
  });

  it("shows a new ayat as added and the ayat after it as renumbered", () => {
    const diff = diffOf("newClause");
    expect(changedEntries(diff).map((entry) => [entry.status, entry.labelAfter])).toEqual([
      ["added", "ayat (2)"],
      ["added", null],
    ]);
    expect(unitEntry(diff, "ayat-memilah-cara")).toMatchObject({
      status: "unchanged",
      markerBefore: "(2)",
      markerAfter: "(3)",
    });
  });

  it.each(Object.keys(fixtures))("reconstructs both versions exactly (%s)", (name) => {
    const [before, after] = fixtures[name] as [JSONContent, JSONContent];
    expectReconstructs(diffDrafts(before, after, schema), before, after, schema);
  });

  it("pairs a BAB body that got its id only after the version was frozen, moving nothing", () => {
    const frozen = structuredClone(perda);
    const body = frozen.content?.find((node) => node.attrs?.id === "batang-tubuh");
    if (!body?.attrs) throw new Error("the test Perda has a body with an id");
    body.attrs.id = null;
    const edited = withUnitAfter(
      perda,
      "pasal-asas",
      article("pasal-baru", "Sampah dikelola secara terpadu."),
    );
    const stats = diffStats(diffDrafts(frozen, edited, schema));
    expect(stats.moved).toBe(0);
    expect(stats.removed).toBe(0);
    expect(stats.added).toBe(diffStats(diffOf("insertedArticle")).added);
  });

  it("shows a unit's only paragraph as changed however much it was rewritten", () => {
    const rewritten = withFirstText(
      perda,
      "ayat-memilah",
      "Pemerintah Daerah menyediakan sarana pemilahan di setiap kelurahan bagi warga.",
    );
    const entries = diffDrafts(perda, rewritten, schema);
    const stats = diffStats(entries);
    expect(stats).toMatchObject({ added: 0, removed: 0, changed: 1 });
  });
});
