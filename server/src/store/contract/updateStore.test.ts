import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { buildDocument, buildStore, textOf } from "../../test/factories.ts";
import type { PendingUpdate } from "../index.ts";
import { BACKENDS } from "./storeUnderTest.ts";

describe.each(BACKENDS)("update store on %s", (backend) => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let documentId: string;

  beforeEach(async () => {
    store = await buildStore(backend);
    documentId = await buildDocument(store);
  });
  afterEach(() => store.cleanup());

  /** Types `words` one update each into a doc, storing every update. */
  async function typeWords(doc: Y.Doc, words: string[]) {
    for (const word of words) {
      let update: Uint8Array | undefined;
      doc.once("update", (u: Uint8Array) => {
        update = u;
      });
      doc.getText("default").insert(doc.getText("default").length, word);
      if (update) await store.updates.append([{ documentId, data: update }]);
    }
  }

  it("gives back every stored update in order", async () => {
    await typeWords(new Y.Doc(), ["Pasal ", "1 ", "ayat ", "(1)"]);
    const stored = await store.updates.load(documentId);
    expect(stored).toHaveLength(4);
    expect(textOf(stored)).toBe("Pasal 1 ayat (1)");
  });

  it("stores a batch of updates of several documents all at once", async () => {
    const other = await buildDocument(store, "draft-permen", "Rancangan Permen");
    const a = new Y.Doc();
    const b = new Y.Doc();
    const updates: PendingUpdate[] = [];
    for (let i = 0; i < 700; i += 1) {
      const doc = i % 2 ? a : b;
      doc.once("update", (u: Uint8Array) =>
        updates.push({ documentId: i % 2 ? documentId : other, data: u }),
      );
      doc.getText("default").insert(0, "x");
    }
    await store.updates.append(updates);
    expect(await store.updates.count(documentId)).toBe(350);
    expect(textOf(await store.updates.load(other))).toBe("x".repeat(350));
  });

  it("compacts a long log into one state with the same content, and keeps later appends after it", async () => {
    const doc = new Y.Doc();
    await typeWords(
      doc,
      Array.from({ length: 50 }, (_, i) => `w${i} `),
    );
    const before = textOf(await store.updates.load(documentId));

    expect(await store.updates.compact(documentId)).toBe(50);
    expect(await store.updates.count(documentId)).toBe(1);
    expect(textOf(await store.updates.load(documentId))).toBe(before);

    await typeWords(doc, ["akhir"]);
    expect(textOf(await store.updates.load(documentId))).toBe(`${before}akhir`);
  });

  it("keeps deletions through compaction", async () => {
    const doc = new Y.Doc();
    await typeWords(doc, ["Menimbang: ", "bahwa ", "sesungguhnya"]);
    doc.once("update", (u: Uint8Array) => void store.updates.append([{ documentId, data: u }]));
    doc.getText("default").delete(0, "Menimbang: ".length);
    await store.updates.count(documentId);
    await store.updates.compact(documentId);
    expect(textOf(await store.updates.load(documentId))).toBe("bahwa sesungguhnya");
  });

  it("refuses updates for a document that does not exist and stores none of the batch", async () => {
    const update = new Y.Doc();
    let data: Uint8Array | undefined;
    update.once("update", (u: Uint8Array) => {
      data = u;
    });
    update.getText("default").insert(0, "x");
    if (!data) throw new Error("no update");
    await expect(
      store.updates.append([
        { documentId, data },
        { documentId: "no-such-document", data },
      ]),
    ).rejects.toThrow(/foreign key/i);
    expect(await store.updates.count(documentId)).toBe(0);
  });
});
