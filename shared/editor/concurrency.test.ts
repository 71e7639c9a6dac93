import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { EDITOR_FIELD } from "./index.ts";
import { numberRegulation } from "./numbering.ts";
import { findDanglingReferences, referenceCitations } from "./references.ts";
import {
  clientsOfPerda,
  documentOf,
  editAsEditor,
  exchangeUpdates,
  newArticle,
  positionAfter,
  positionBefore,
} from "./test/collaboration.ts";

/** Pasal ids in order, with the number each one shows. */
function articleNumbers(doc: ProseMirrorNode): Array<[string | null, string]> {
  return numberRegulation(doc)
    .units.filter((unit) => unit.kind === "article")
    .map((unit) => [unit.id, unit.label]);
}

/** Asserts that every client shows the same valid document with 1…n Pasal numbers. */
function expectConverged(clients: Y.Doc[]): ProseMirrorNode {
  const docs = clients.map(documentOf);
  const [first, ...others] = docs as [ProseMirrorNode, ...ProseMirrorNode[]];
  for (const other of others) expect(other.toJSON()).toEqual(first.toJSON());
  expect(() => first.check()).not.toThrow();
  const numbers = articleNumbers(first);
  expect(numbers.map(([, label]) => label)).toEqual(numbers.map((_, i) => `Pasal ${i + 1}`));
  for (const other of others) expect(articleNumbers(other)).toEqual(numbers);
  expect(numberRegulation(first).duplicateIds).toEqual([]);
  return first;
}

describe("numbering while three drafters edit at once", () => {
  it("converges when Pasal are inserted in BAB I and BAB III while another is deleted", () => {
    const [ayu, budi, citra] = clientsOfPerda(3) as [Y.Doc, Y.Doc, Y.Doc];
    editAsEditor(ayu, (tr) => {
      tr.insert(
        positionAfter(tr.doc, "pasal-asas"),
        newArticle("pasal-baru-ayu", "Baru di BAB I."),
      );
    });
    editAsEditor(budi, (tr) => {
      const before = positionBefore(tr.doc, "pasal-penyelenggaraan");
      tr.insert(before, newArticle("pasal-baru-budi", "Baru di BAB III."));
    });
    // Citra deletes Pasal 7 straight in the Y.XmlFragment: BAB III is the third BAB of the body,
    // Pasal 7 its second child after the title.
    const body = citra.getXmlFragment(EDITOR_FIELD).get(2) as Y.XmlElement;
    const chapterThree = body.get(2) as Y.XmlElement;
    expect(chapterThree.get(2)).toBeDefined();
    chapterThree.delete(2, 1);

    // Before exchanging, each drafter already sees continuous numbers of their own.
    expect(articleNumbers(documentOf(ayu))[2]).toEqual(["pasal-baru-ayu", "Pasal 3"]);
    expect(articleNumbers(documentOf(budi))[5]).toEqual(["pasal-baru-budi", "Pasal 6"]);

    exchangeUpdates([ayu, budi, citra]);
    const merged = expectConverged([ayu, budi, citra]);
    expect(articleNumbers(merged)).toEqual([
      ["pasal-definisi", "Pasal 1"],
      ["pasal-asas", "Pasal 2"],
      ["pasal-baru-ayu", "Pasal 3"],
      ["pasal-hak", "Pasal 4"],
      ["pasal-kewajiban-orang", "Pasal 5"],
      ["pasal-kawasan", "Pasal 6"],
      ["pasal-baru-budi", "Pasal 7"],
      ["pasal-penyelenggaraan", "Pasal 8"],
      ["pasal-berlaku", "Pasal 9"],
    ]);

    // References follow: "Pasal 4 ayat (1)" is now Pasal 5, "Pasal 5" is now Pasal 6, and the
    // reference to the deleted Pasal (and its elucidation) is flagged.
    const citations = referenceCitations(merged).map(({ targetId, text }) => [targetId, text]);
    expect(citations).toEqual([
      ["ayat-memilah", "ayat (1)"],
      ["pasal-sanksi", null],
      ["ayat-memilah", "Pasal 5 ayat (1)"],
      ["pasal-kawasan", "Pasal 6"],
    ]);
    expect(findDanglingReferences(merged).map((reference) => reference.targetId)).toEqual([
      "pasal-sanksi",
      "pasal-sanksi",
    ]);
  });

  it("keeps both Pasal, numbered uniquely, when two drafters insert at the same place", () => {
    const [ayu, budi, citra] = clientsOfPerda(3) as [Y.Doc, Y.Doc, Y.Doc];
    for (const [client, id] of [
      [ayu, "pasal-ayu"],
      [budi, "pasal-budi"],
    ] as const) {
      editAsEditor(client, (tr) => {
        tr.insert(positionAfter(tr.doc, "pasal-asas"), newArticle(id, `Usul ${id}.`));
      });
    }
    editAsEditor(citra, (tr) => {
      const before = positionBefore(tr.doc, "pasal-definisi");
      tr.delete(before, positionAfter(tr.doc, "pasal-definisi"));
    });
    exchangeUpdates([ayu, budi, citra]);
    const merged = expectConverged([ayu, budi, citra]);
    const ids = articleNumbers(merged).map(([id]) => id);
    expect(ids.slice(0, 3)).toEqual(
      expect.arrayContaining(["pasal-asas", "pasal-ayu", "pasal-budi"]),
    );
    expect(ids).not.toContain("pasal-definisi");
    expect(ids).toHaveLength(9);
  });
});
