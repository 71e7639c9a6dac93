import type { Schema } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import { HttpError } from "../errors.ts";
import {
  anchorBetween,
  anchorOn,
  buildFreeDraft,
  buildRegulationDraft,
  documentOf,
  editAsEditor,
  freeSchema,
  positionOf,
  regulationSchema,
  typeAt,
} from "./passages.fixtures.ts";
import { anchorComment, passagesOf, replacePassage, SuggestionConflictError } from "./passages.ts";

const SERVER = { kind: "server", userId: "u-drafter", commentId: "c-1" };
const SENTENCE = "Setiap orang berhak mendapatkan pelayanan pengelolaan sampah.";

/** Comments on `quote` as the server does: marks the passage under `commentId`. */
function commentOn(draft: Y.Doc, schema: Schema, quote: string, commentId: string) {
  return anchorComment(draft, schema, anchorOn(draft, schema, quote), commentId, SERVER);
}

/** The error `run` throws, for asserting on its id and status. */
function thrownBy(run: () => unknown): HttpError {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

/** Counts the updates a Y.Doc emits while `run` runs. */
function updatesDuring(ydoc: Y.Doc, run: () => unknown): number {
  let updates = 0;
  const count = () => {
    updates += 1;
  };
  ydoc.on("update", count);
  try {
    run();
  } catch {
    // the caller asserts on what was written, not on the error
  }
  ydoc.off("update", count);
  return updates;
}

describe("anchoring a comment", () => {
  it("marks the selected passage and reports where it is and how it reads", () => {
    const draft = buildFreeDraft("Pembukaan.", SENTENCE);
    const passage = commentOn(draft, freeSchema, "berhak mendapatkan pelayanan", "c-1");

    expect(passage.quote).toBe("berhak mendapatkan pelayanan");
    expect(passage.locator).toBeNull();
    const doc = documentOf(draft, freeSchema);
    const plain = doc.textBetween(0, doc.content.size, "\n");
    expect(plain.slice(passage.offsets.from, passage.offsets.to)).toBe(passage.quote);
    expect(passagesOf(draft, freeSchema).get("c-1")).toEqual(passage);
  });

  it("names the provision of a regulation and accepts a comment on a BAB's title", () => {
    const draft = buildRegulationDraft();
    const onArticle = commentOn(draft, regulationSchema, "berhak mendapatkan pelayanan", "c-pasal");
    const onTitle = commentOn(draft, regulationSchema, "KETENTUAN UMUM", "c-bab");

    expect(onArticle.locator).toBe("BAB II, Pasal 3");
    expect(onTitle.locator).toBe("BAB I");
    const doc = documentOf(draft, regulationSchema);
    const plain = doc.textBetween(0, doc.content.size, "\n");
    expect(plain.slice(onArticle.offsets.from, onArticle.offsets.to)).toBe(onArticle.quote);
    expect([...passagesOf(draft, regulationSchema).keys()].sort()).toEqual(["c-bab", "c-pasal"]);
  });

  it("keeps the mark when the text is read back by the binding in either schema", () => {
    for (const [draft, schema] of [
      [buildFreeDraft(SENTENCE), freeSchema],
      [buildRegulationDraft(), regulationSchema],
    ] as const) {
      commentOn(draft, schema, "berhak", "c-1");
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(draft));
      const doc = documentOf(copy, schema);
      const marked = doc.nodeAt(positionOf(doc, "berhak"));
      expect(marked?.marks.map((mark) => mark.toJSON())).toEqual([
        { type: "comment", attrs: { id: "c-1" } },
      ]);
      expect(passagesOf(copy, schema).get("c-1")?.quote).toBe("berhak");
    }
  });

  it("anchors a passage over two paragraphs, reading them with a line break", () => {
    const draft = buildFreeDraft("Pasal pertama berlaku.", "Pasal kedua menyusul.");
    const doc = documentOf(draft, freeSchema);
    const from = positionOf(doc, "berlaku");
    const to = positionOf(doc, "kedua") + "kedua".length;
    const anchor = anchorBetween(draft, freeSchema, from, to);
    expect(anchor.quote).toBe("berlaku.\nPasal kedua");

    anchorComment(draft, freeSchema, { ...anchor, quote: "berlaku. Pasal kedua" }, "c-1", SERVER);
    expect(passagesOf(draft, freeSchema).get("c-1")?.quote).toBe("berlaku.\nPasal kedua");
  });

  it("lets comments overlap, each under its own key in the Y.Text", () => {
    const draft = buildFreeDraft(SENTENCE);
    commentOn(draft, freeSchema, "berhak mendapatkan", "c-1");
    commentOn(draft, freeSchema, "mendapatkan pelayanan", "c-2");

    const passages = passagesOf(draft, freeSchema);
    expect(passages.get("c-1")?.quote).toBe("berhak mendapatkan");
    expect(passages.get("c-2")?.quote).toBe("mendapatkan pelayanan");
    const stored = draft.getXmlFragment(EDITOR_FIELD).toString();
    expect(stored.match(/<comment--[A-Za-z0-9+/=]{8} id="c-1">/)).not.toBeNull();
    expect(stored.match(/<comment--[A-Za-z0-9+/=]{8} id="c-2">/)).not.toBeNull();
  });

  it("refuses ends that do not resolve in this document, in the wrong order or outside text", () => {
    const draft = buildRegulationDraft();
    const anchor = anchorOn(draft, regulationSchema, "berhak");
    const elsewhere = anchorOn(buildRegulationDraft(), regulationSchema, "berhak");
    const doc = documentOf(draft, regulationSchema);
    const inText = positionOf(doc, "berhak");
    const $text = doc.resolve(inText);
    const betweenBlocks = anchorBetween(
      draft,
      regulationSchema,
      $text.before($text.depth - 1),
      inText + 6,
    );
    const attempts = [
      { ...anchor, start: "AAAA" },
      { ...anchor, start: elsewhere.start },
      { ...anchor, start: anchor.end, end: anchor.start },
      { ...betweenBlocks, quote: "berhak" },
    ];

    for (const attempt of attempts) {
      let error: HttpError | undefined;
      const updates = updatesDuring(draft, () => {
        error = thrownBy(() => anchorComment(draft, regulationSchema, attempt, "c-1", SERVER));
      });
      expect([error?.status, error?.id]).toEqual([400, "anchor_invalid"]);
      expect(updates).toBe(0);
    }
    expect(passagesOf(draft, regulationSchema).size).toBe(0);
  });

  it("refuses a passage that changed since it was selected, whitespace aside", () => {
    const draft = buildFreeDraft(SENTENCE);
    const anchor = anchorOn(draft, freeSchema, "berhak mendapatkan");
    editAsEditor(draft, freeSchema, (tr) => {
      typeAt(tr, positionOf(tr.doc, "mendapatkan"), "tidak ");
    });

    const error = thrownBy(() => anchorComment(draft, freeSchema, anchor, "c-1", SERVER));
    expect([error.status, error.id]).toEqual([409, "passage_changed"]);

    const respaced = { ...anchorOn(draft, freeSchema, "orang berhak"), quote: " orang \n berhak " };
    expect(anchorComment(draft, freeSchema, respaced, "c-2", SERVER).quote).toBe("orang berhak");
  });
});

describe("accepting a suggestion", () => {
  it("replaces the passage, keeping its first character's formatting and its comments", () => {
    const draft = buildFreeDraft({
      type: "paragraph",
      content: [
        { type: "text", text: "Setiap orang " },
        { type: "text", text: "berhak", marks: [{ type: "bold" }] },
        { type: "text", text: " mendapatkan pelayanan." },
      ],
    });
    commentOn(draft, freeSchema, "orang berhak mendapatkan", "c-wide");
    commentOn(draft, freeSchema, "berhak mendapatkan", "c-1");
    commentOn(draft, freeSchema, "berhak", "c-inside");

    const passage = replacePassage(
      draft,
      freeSchema,
      "c-1",
      "berhak  mendapatkan",
      "wajib memperoleh",
      SERVER,
    );

    expect(passage.quote).toBe("wajib memperoleh");
    const doc = documentOf(draft, freeSchema);
    expect(doc.textContent).toBe("Setiap orang wajib memperoleh pelayanan.");
    const replaced = doc.nodeAt(positionOf(doc, "wajib"));
    expect(replaced?.text).toBe("wajib memperoleh");
    expect(
      replaced?.marks.map((mark) =>
        mark.type.name === "comment" ? mark.attrs.id : mark.type.name,
      ),
    ).toEqual(expect.arrayContaining(["bold", "c-1", "c-wide"]));
    const passages = passagesOf(draft, freeSchema);
    expect(passages.get("c-1")?.quote).toBe("wajib memperoleh");
    expect(passages.get("c-wide")?.quote).toBe("orang wajib memperoleh");
    // The comment on a word that no longer exists lost its passage.
    expect(passages.has("c-inside")).toBe(false);
  });

  it("reports the passage as it reads now when it changed, and null when it was removed", () => {
    const draft = buildFreeDraft(SENTENCE);
    commentOn(draft, freeSchema, "berhak mendapatkan", "c-1");
    editAsEditor(draft, freeSchema, (tr) => {
      typeAt(tr, positionOf(tr.doc, "mendapatkan"), "selalu ");
    });

    const changed = thrownBy(() =>
      replacePassage(draft, freeSchema, "c-1", "berhak mendapatkan", "wajib", SERVER),
    );
    expect(changed).toBeInstanceOf(SuggestionConflictError);
    expect([changed.status, changed.id]).toEqual([409, "suggestion_conflict"]);
    expect((changed as SuggestionConflictError).current).toBe("berhak selalu mendapatkan");

    editAsEditor(draft, freeSchema, (tr) => {
      const from = positionOf(tr.doc, "berhak");
      tr.delete(from, from + "berhak selalu mendapatkan ".length);
    });
    const removed = thrownBy(() =>
      replacePassage(draft, freeSchema, "c-1", "berhak mendapatkan", "wajib", SERVER),
    );
    expect((removed as SuggestionConflictError).current).toBeNull();
    expect(documentOf(draft, freeSchema).textContent).toBe(
      "Setiap orang pelayanan pengelolaan sampah.",
    );
  });

  it("refuses a passage over several blocks", () => {
    const draft = buildFreeDraft("Pasal pertama berlaku.", "Pasal kedua menyusul.");
    const doc = documentOf(draft, freeSchema);
    const anchor = anchorBetween(
      draft,
      freeSchema,
      positionOf(doc, "berlaku"),
      positionOf(doc, "kedua"),
    );
    anchorComment(draft, freeSchema, anchor, "c-1", SERVER);

    const error = thrownBy(() =>
      replacePassage(draft, freeSchema, "c-1", anchor.quote, "x", SERVER),
    );
    expect([error.status, error.id]).toEqual([400, "suggestion_spans_blocks"]);
  });
});
