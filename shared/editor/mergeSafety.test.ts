import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { yDocToProsemirrorJSON } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { checkRegulationForm } from "./formRules.ts";
import { EDITOR_FIELD } from "./index.ts";
import { locatorOf } from "./locator.ts";
import { numberRegulation } from "./numbering.ts";
import { getRegulationSchema } from "./regulationSchema.ts";
import {
  clientsOfPerda,
  documentOf,
  editAsEditor,
  exchangeUpdates,
  positionAfter,
  positionBefore,
} from "./test/collaboration.ts";

const schema = getRegulationSchema();

/** Deletes the unit with this id, as the editor would. */
function deleteUnit(client: Y.Doc, id: string): void {
  editAsEditor(client, (tr) => tr.delete(positionBefore(tr.doc, id), positionAfter(tr.doc, id)));
}

/**
 * Syncs the clients, then lets each one go through what its editor does with the merged state:
 * build the ProseMirror document from the Y.XmlFragment (where y-tiptap deletes, in the shared
 * document, any node the schema refuses) and write an edit back through the binding's update
 * path; then syncs again so any such deletion would have reached everyone.
 */
function syncAndReload(clients: Y.Doc[]): ProseMirrorNode[] {
  exchangeUpdates(clients);
  for (const client of clients) {
    documentOf(client);
    editAsEditor(client, () => {});
  }
  exchangeUpdates(clients);
  return clients.map((client) => {
    // The plain JSON of the shared document, as the server stores and exports it, is valid too.
    const stored = schema.nodeFromJSON(yDocToProsemirrorJSON(client, EDITOR_FIELD));
    expect(() => stored.check()).not.toThrow();
    const doc = documentOf(client);
    expect(doc.toJSON()).toEqual(stored.toJSON());
    return doc;
  });
}

/** Title text of every BAB, in order. */
function chapterTitles(doc: ProseMirrorNode): string[] {
  const titles: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === "chapter") titles.push(node.firstChild?.textContent ?? "");
    return node.type.name !== "chapter";
  });
  return titles;
}

describe("merges the form forbids but the schema keeps", () => {
  it("keeps BAB I and its title when two drafters each delete one of its two Pasal", () => {
    const [ayu, budi] = clientsOfPerda(2) as [Y.Doc, Y.Doc];
    deleteUnit(ayu, "pasal-definisi");
    deleteUnit(budi, "pasal-asas");

    for (const doc of syncAndReload([ayu, budi])) {
      expect(chapterTitles(doc)).toEqual([
        "KETENTUAN UMUM",
        "HAK DAN KEWAJIBAN",
        "PENYELENGGARAAN",
        "KETENTUAN PENUTUP",
      ]);
      expect(locatorOf(doc, "bab-ketentuan-umum")).toBe("BAB I");
      expect(
        checkRegulationForm(doc).map(({ rule, id, message }) => ({ rule, id, message })),
      ).toEqual([
        { rule: "chapter_empty", id: "bab-ketentuan-umum", message: "BAB I has no Pasal" },
      ]);
      // The other BAB renumber their Pasal from 1 as usual.
      expect(numberRegulation(doc).byId.get("pasal-hak")?.label).toBe("Pasal 1");
    }
  });

  it("keeps both texts when one drafter turns a Pasal into ayat while another adds a sentence", () => {
    const [ayu, budi] = clientsOfPerda(2) as [Y.Doc, Y.Doc];
    editAsEditor(ayu, (tr) => {
      const start = positionBefore(tr.doc, "pasal-berlaku") + 1;
      const end = positionAfter(tr.doc, "pasal-berlaku") - 1;
      const text = schema.text("Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.");
      const ayat = schema.nodes.clause?.create(
        { id: "ayat-berlaku" },
        schema.node("paragraph", null, text),
      );
      if (!ayat) throw new Error("no clause node");
      tr.replaceWith(start, end, ayat);
    });
    editAsEditor(budi, (tr) => {
      const end = positionAfter(tr.doc, "pasal-berlaku") - 1;
      tr.insert(end, schema.node("paragraph", null, schema.text("Kalimat tambahan.")));
    });

    for (const doc of syncAndReload([ayu, budi])) {
      const numbering = numberRegulation(doc);
      const article = numbering.byId.get("pasal-berlaku");
      const node = doc.nodeAt(article?.pos ?? -1);
      expect(node?.children.map((child) => [child.type.name, child.textContent])).toEqual([
        ["clause", "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan."],
        ["paragraph", "Kalimat tambahan."],
      ]);
      expect(locatorOf(doc, "ayat-berlaku", numbering)).toBe("BAB IV, Pasal 8 ayat (1)");
      expect(
        checkRegulationForm(doc, numbering).map(({ rule, message }) => [rule, message]),
      ).toEqual([["article_mixed", "Pasal 8 mixes ayat with text outside an ayat"]]);
    }
  });
});
