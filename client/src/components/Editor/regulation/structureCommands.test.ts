import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { numberRegulation } from "../../../../../shared/editor/numbering.ts";
import { getRegulationSchema } from "../../../../../shared/editor/regulationSchema.ts";
import { buildPerda } from "../../../../../shared/editor/test/regulationFactory.ts";
import {
  continueUnit,
  insertArticle,
  insertChapter,
  insertClause,
  insertPart,
  insertPoint,
  leaveTitle,
  type StructureCommand,
} from "./structureCommands.ts";

const schema = getRegulationSchema();

/** The test Perda with the caret at the end of the first text inside the unit `id`. */
function perdaAt(id: string): EditorState {
  const doc = schema.nodeFromJSON(buildPerda());
  let caret = -1;
  doc.descendants((node, pos) => {
    if (caret >= 0) return false;
    if (node.attrs.id !== id) return true;
    node.descendants((child, offset) => {
      if (caret < 0 && child.isTextblock) caret = pos + 1 + offset + 1 + child.content.size;
      return caret < 0;
    });
    return false;
  });
  const state = EditorState.create({ doc });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, caret)));
}

function run(state: EditorState, command: StructureCommand) {
  const tr = state.tr;
  const done = command(tr, true);
  if (done) tr.doc.check();
  return { done, doc: tr.doc };
}

const labels = (state: { doc: EditorState["doc"] }, kind: string) =>
  numberRegulation(state.doc)
    .units.filter((unit) => unit.kind === kind)
    .map((unit) => unit.marker);

describe("structure commands", () => {
  it("inserts a Pasal after the current one, renumbering those after it", () => {
    const { done, doc } = run(perdaAt("pasal-definisi"), insertArticle);
    expect(done).toBe(true);
    expect(labels({ doc }, "article")).toHaveLength(9);
    expect(numberRegulation(doc).byId.get("pasal-asas")?.marker).toBe("Pasal 3");
  });

  it("refuses a Pasal or a BAB in the preamble", () => {
    expect(run(perdaAt("menimbang-volume"), insertArticle).done).toBe(false);
    expect(run(perdaAt("menimbang-volume"), insertChapter).done).toBe(false);
  });

  it("inserts a BAB after the current one", () => {
    const { done, doc } = run(perdaAt("pasal-hak"), insertChapter);
    expect(done).toBe(true);
    expect(labels({ doc }, "chapter")).toEqual(["BAB I", "BAB II", "BAB III", "BAB IV", "BAB V"]);
    expect(numberRegulation(doc).byId.get("bab-penyelenggaraan")?.marker).toBe("BAB IV");
  });

  it("divides a BAB of plain Pasal into a first Bagian", () => {
    const { done, doc } = run(perdaAt("pasal-berlaku"), insertPart);
    expect(done).toBe(true);
    expect(labels({ doc }, "part")).toContain("Bagian Kesatu");
  });

  it("turns a plain Pasal into ayat (1) and (2)", () => {
    const { done, doc } = run(perdaAt("pasal-berlaku"), insertClause);
    expect(done).toBe(true);
    const article = numberRegulation(doc).byId.get("pasal-berlaku");
    const clauses = numberRegulation(doc).units.filter(
      (unit) => unit.kind === "clause" && unit.pos > (article?.pos ?? 0),
    );
    expect(clauses.map((unit) => unit.marker)).toEqual(["(1)", "(2)"]);
  });

  it("adds a huruf after the current one and a new angka list after a sentence", () => {
    expect(run(perdaAt("asas-manfaat"), insertPoint("letter")).done).toBe(true);
    expect(run(perdaAt("pasal-berlaku"), insertPoint("number")).done).toBe(true);
  });

  it("continues an ayat with the next ayat on Enter at its end", () => {
    const { done, doc } = run(perdaAt("ayat-tujuan"), continueUnit);
    expect(done).toBe(true);
    expect(numberRegulation(doc).units.filter((unit) => unit.kind === "clause")).toHaveLength(5);
  });
});

describe("Enter in a title", () => {
  it("moves on to the text after a BAB title instead of splitting it", () => {
    const state = perdaAt("bab-penutup");
    const tr = state.tr;
    expect(leaveTitle(tr, true)).toBe(true);
    expect(tr.doc.eq(state.doc)).toBe(true);
    expect(tr.selection.$from.parent.textContent).toBe(
      "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
    );
  });
});
