import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import type { Transform } from "@tiptap/pm/transform";
import { initProseMirrorDoc, relativePositionToAbsolutePosition } from "@tiptap/y-tiptap";
import { fromBase64 } from "lib0/buffer";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import {
  anchorOn,
  buildFreeDraft,
  buildRegulationDraft,
  documentOf,
  editAsEditor,
  exchangeUpdates,
  freeSchema,
  joinClients,
  positionOf,
  regulationSchema,
  turnIntoHeading,
  typeAt,
  wrapInClause,
} from "./passages.fixtures.ts";
import { anchorComment, passagesOf } from "./passages.ts";

const SERVER = { kind: "server", userId: "u-drafter", commentId: "c-1" };

/** The passage of `c-1` as every doc reads it, after checking they all show the same text. */
function convergedQuote(docs: Y.Doc[], schema: Schema): string | null {
  const [first, ...others] = docs.map((doc) => documentOf(doc, schema).toJSON());
  for (const other of others) expect(other).toEqual(first);
  const quotes = docs.map((doc) => passagesOf(doc, schema).get("c-1")?.quote ?? null);
  for (const quote of quotes) expect(quote).toBe(quotes[0]);
  return quotes[0] ?? null;
}

/**
 * Three editors and the server on one draft: the server anchors `c-1` on `passage`, then the
 * editors insert before it, inside it (before `insideAt`) and split its block at `splitAt`, all
 * at once; then the two halves are joined again.
 */
function editAroundPassage(
  draft: Y.Doc,
  schema: Schema,
  words: { passage: string; insideAt: string; splitAt: string },
): Y.Doc[] {
  const clients = joinClients(draft, 3);
  const [ayu, budi, citra] = clients as [Y.Doc, Y.Doc, Y.Doc];
  const docs = [draft, ...clients];
  anchorComment(draft, schema, anchorOn(ayu, schema, words.passage), "c-1", SERVER);
  exchangeUpdates(docs);
  expect(convergedQuote(docs, schema)).toBe(words.passage);

  editAsEditor(ayu, schema, (tr) => typeAt(tr, positionOf(tr.doc, words.passage), "juga "));
  editAsEditor(budi, schema, (tr) => typeAt(tr, positionOf(tr.doc, words.insideAt), "jasa "));
  editAsEditor(citra, schema, (tr) => tr.split(positionOf(tr.doc, words.splitAt)));
  exchangeUpdates(docs);
  return docs;
}

/** Joins the block holding `text` with the one before it. */
function joinBefore(tr: Transform, text: string): void {
  tr.join(tr.doc.resolve(positionOf(tr.doc, text)).before());
}

describe("comment anchors while several people edit", () => {
  it("follow their passage through inserts, a split, a join and a heading in a free draft", () => {
    const draft = buildFreeDraft(
      "Pembukaan rancangan.",
      "Setiap orang berhak mendapatkan pelayanan pengelolaan sampah yang layak.",
      "Penutup.",
    );
    const docs = editAroundPassage(draft, freeSchema, {
      passage: "mendapatkan pelayanan pengelolaan sampah",
      insideAt: "pengelolaan",
      splitAt: "sampah",
    });
    const [, ayu, budi, citra] = docs as [Y.Doc, Y.Doc, Y.Doc, Y.Doc];
    expect(convergedQuote(docs, freeSchema)).toBe(
      "mendapatkan pelayanan jasa pengelolaan \nsampah",
    );
    expect(documentOf(draft, freeSchema).textContent).toContain("berhak juga mendapatkan");

    editAsEditor(citra, freeSchema, (tr) => joinBefore(tr, "sampah yang layak"));
    exchangeUpdates(docs);
    expect(convergedQuote(docs, freeSchema)).toBe("mendapatkan pelayanan jasa pengelolaan sampah");

    editAsEditor(budi, freeSchema, (tr) => turnIntoHeading(tr, "Setiap orang"));
    exchangeUpdates(docs);
    expect(documentOf(draft, freeSchema).child(1).type.name).toBe("heading");
    expect(convergedQuote(docs, freeSchema)).toBe("mendapatkan pelayanan jasa pengelolaan sampah");

    // The passage is deleted: every copy reports the comment's passage as removed.
    editAsEditor(ayu, freeSchema, (tr) => {
      const from = positionOf(tr.doc, "mendapatkan");
      tr.delete(from, from + "mendapatkan pelayanan jasa pengelolaan sampah".length);
    });
    exchangeUpdates(docs);
    expect(convergedQuote(docs, freeSchema)).toBeNull();
  });

  it("follow their passage into a new ayat in a regulation, and the locator follows", () => {
    const draft = buildRegulationDraft();
    const docs = editAroundPassage(draft, regulationSchema, {
      passage: "berhak mendapatkan pelayanan",
      insideAt: "pelayanan",
      splitAt: "mendapatkan",
    });
    const [, ayu, budi] = docs as [Y.Doc, Y.Doc, Y.Doc, Y.Doc];
    // Budi typed into the half Citra's split moved to a new block: the binding writes a split as
    // "delete the rest, insert a new block", so his text stays where the rest was, at the end of
    // the first half; it keeps the comment's mark all the same.
    expect(convergedQuote(docs, regulationSchema)).toBe("berhak jasa \nmendapatkan pelayanan");
    expect(passagesOf(ayu, regulationSchema).get("c-1")?.locator).toBe("BAB II, Pasal 3");

    editAsEditor(budi, regulationSchema, (tr) => joinBefore(tr, "mendapatkan pelayanan"));
    exchangeUpdates(docs);
    expect(convergedQuote(docs, regulationSchema)).toBe("berhak jasa mendapatkan pelayanan");

    // The Pasal's text becomes its ayat (1): the binding recreates the paragraph inside an ayat.
    editAsEditor(ayu, regulationSchema, (tr) => wrapInClause(tr, "berhak", "ayat-hak"));
    exchangeUpdates(docs);
    expect(convergedQuote(docs, regulationSchema)).toBe("berhak jasa mendapatkan pelayanan");
    expect(passagesOf(budi, regulationSchema).get("c-1")?.locator).toBe("BAB II, Pasal 3 ayat (1)");
  });
});

describe("why anchors are marks rather than relative positions", () => {
  /** Where the anchor's relative positions point now, read as the binding would. */
  function readRelative(ydoc: Y.Doc, start: string, end: string): string | null {
    const fragment = ydoc.getXmlFragment(EDITOR_FIELD);
    const { doc, mapping } = initProseMirrorDoc(fragment, freeSchema);
    const resolve = (encoded: string) =>
      relativePositionToAbsolutePosition(
        ydoc,
        fragment,
        Y.decodeRelativePosition(fromBase64(encoded)),
        mapping,
      );
    const from = resolve(start);
    const to = resolve(end);
    return from === null || to === null || from >= to ? null : textOf(doc, from, to);
  }
  const textOf = (doc: ProseMirrorNode, from: number, to: number) =>
    doc.textBetween(from, to, "\n");

  it("loses the passage when a split or a block type change recreates its text", () => {
    const passage = "mendapatkan pelayanan";
    const changes: Array<[(tr: Transform) => void, string | null]> = [
      // The end pointed into the half that moved to a new block: the range stops at the split.
      [(tr) => tr.split(positionOf(tr.doc, "pelayanan")), "mendapatkan "],
      // Both ends pointed into the recreated block's old text: they no longer resolve.
      [(tr) => turnIntoHeading(tr, "Setiap"), null],
    ];
    for (const [change, readByPositions] of changes) {
      const draft = buildFreeDraft("Setiap orang berhak mendapatkan pelayanan.");
      const anchor = anchorOn(draft, freeSchema, passage);
      anchorComment(draft, freeSchema, anchor, "c-1", SERVER);
      expect(readRelative(draft, anchor.start, anchor.end)).toBe(passage);

      editAsEditor(draft, freeSchema, change);
      expect(readRelative(draft, anchor.start, anchor.end)).toBe(readByPositions);
      expect(passagesOf(draft, freeSchema).get("c-1")?.quote.replace(/\s+/g, " ")).toBe(passage);
    }
  });
});
