import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { buildDocument, textOf } from "../../test/factories.ts";
import type { Store } from "../index.ts";
import { BACKENDS, storeFor } from "./storeUnderTest.ts";

/** A writer typing into its own Y.Doc; each word is one update. */
function typist(doc = new Y.Doc()) {
  return {
    doc,
    type(word: string): Uint8Array {
      let update: Uint8Array | undefined;
      doc.once("update", (u: Uint8Array) => {
        update = u;
      });
      doc.getText("default").insert(doc.getText("default").length, word);
      if (!update) throw new Error("no update");
      return update;
    },
  };
}

/** The text of everything the store holds for a document. */
async function storedText(store: Store, documentId: string) {
  return textOf(await store.updates.load(documentId));
}

describe.each(BACKENDS)("update log on %s", (backend) => {
  const under = storeFor(backend);
  const newDocument = () => buildDocument(under.store, randomUUID());

  it("gives back the new rows' ids, and what was stored after an id", async () => {
    const documentId = await newDocument();
    const writer = typist();
    const [first] = await under.store.updates.append([{ documentId, data: writer.type("Pasal ") }]);
    const rest = [writer.type("1 "), writer.type("ayat (1)")];
    const later = await under.store.updates.append(rest.map((data) => ({ documentId, data })));
    expect(later).toHaveLength(2);
    expect(later[0]).toBeGreaterThan(first ?? Infinity);
    expect(later[1]).toBeGreaterThan(later[0] ?? Infinity);
    const since = await under.store.updates.loadSince(documentId, first ?? 0);
    expect(since).toEqual(later.map((id, i) => ({ id, data: rest[i] })));
  });

  it("keeps the rows another process stored when one process compacts with its own state", async () => {
    const documentId = await newDocument();
    const other = await under.another();
    const here = typist();
    const there = typist();
    await under.store.updates.append([{ documentId, data: here.type("Menimbang ") }]);
    await other.updates.append([{ documentId, data: there.type("bahwa ") }]);
    await under.store.updates.append([{ documentId, data: here.type("perlu ") }]);
    // This process's live copy never saw the other process's row.
    const replaced = await under.store.updates.compact(documentId, Y.encodeStateAsUpdate(here.doc));
    expect(replaced).toBe(3);
    expect(await under.store.updates.count(documentId)).toBe(1);
    const text = await storedText(under.store, documentId);
    expect(text).toContain("Menimbang perlu ");
    expect(text).toContain("bahwa ");
  });

  it("loses nothing when compactions race appends from two connections", async () => {
    const documentId = await newDocument();
    const other = await under.another();
    const writers = [typist(), typist()];
    const words = Array.from({ length: 40 }, (_, i) => `w${i} `);
    const appending = Promise.all(
      [under.store, other].map(async (store, n) => {
        for (const word of words) {
          await store.updates.append([
            { documentId, data: writers[n]?.type(word) ?? new Uint8Array() },
          ]);
        }
      }),
    );
    const compacting = (async () => {
      for (let i = 0; i < 10; i += 1) {
        await Promise.all([
          under.store.updates.compact(
            documentId,
            Y.encodeStateAsUpdate(writers[0]?.doc ?? new Y.Doc()),
          ),
          other.updates.compact(documentId),
        ]);
      }
    })();
    await Promise.all([appending, compacting]);
    const reader = new Y.Doc();
    for (const update of await under.store.updates.load(documentId)) Y.applyUpdate(reader, update);
    for (const { doc } of writers) {
      expect(Y.encodeStateVector(reader)).toEqual(Y.encodeStateVector(mergedWith(reader, doc)));
    }
    expect(reader.getText("default").length).toBe(2 * words.join("").length);
  });

  it("gives a reader who missed a row the compacted state that merged it", async () => {
    const documentId = await newDocument();
    const writer = typist();
    const [missed] = await under.store.updates.append([
      { documentId, data: writer.type("hilang ") },
    ]);
    const [seen] = await under.store.updates.append([{ documentId, data: writer.type("ada") }]);
    await under.store.updates.compact(documentId);
    // A reader that got row `seen` over the bus but never `missed` repairs from `seen`.
    const repair = await under.store.updates.loadSince(documentId, seen ?? 0);
    expect(missed).toBeLessThan(seen ?? 0);
    expect(textOf(repair.map((row) => row.data))).toBe("hilang ada");
  });

  it("compacts once when two processes compact the same log at the same time", async () => {
    const documentId = await newDocument();
    const other = await under.another();
    const writer = typist();
    const rows = ["satu ", "dua ", "tiga ", "empat "].map((word) => ({
      documentId,
      data: writer.type(word),
    }));
    await under.store.updates.append(rows);
    const results = await Promise.all([
      under.store.updates.compact(documentId),
      other.updates.compact(documentId),
    ]);
    expect(results.sort()).toEqual([0, 4]);
    expect(await storedText(under.store, documentId)).toBe("satu dua tiga empat ");
  });
});

/** `reader` with everything `writer` holds applied (to check that it held it already). */
function mergedWith(reader: Y.Doc, writer: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(reader));
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(writer));
  return copy;
}
