import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { PendingUpdate, UpdateStore } from "../store/index.ts";
import {
  buildDocument,
  buildStore,
  buildTextUpdate,
  silentLogger,
  textOf,
} from "../test/factories.ts";
import { UpdateWriter } from "./updateWriter.ts";

describe("update writer (group commit)", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let documentId: string;
  /** Sizes of the batches the real store was asked to commit. */
  let batches: number[];
  let updates: UpdateStore;

  beforeEach(async () => {
    store = await buildStore();
    documentId = await buildDocument(store);
    batches = [];
    updates = {
      ...store.updates,
      append: (batch: PendingUpdate[]) => {
        batches.push(batch.length);
        return store.updates.append(batch);
      },
    };
  });
  afterEach(() => store.cleanup());

  it("commits a burst of updates in far fewer transactions than updates, and loses none", async () => {
    const writer = new UpdateWriter(updates, 10_000, silentLogger);
    const writes = Array.from({ length: 200 }, (_, i) =>
      writer.write(documentId, buildTextUpdate(`k${i}`)),
    );
    await Promise.all(writes);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(200);
    expect(batches.length).toBeLessThanOrEqual(3);
    expect(await store.updates.count(documentId)).toBe(200);
  });

  it("resolves a write only after it is committed", async () => {
    const writer = new UpdateWriter(updates, 10_000, silentLogger);
    await writer.write(documentId, buildTextUpdate("ayat (1)"));
    expect(textOf(await store.updates.load(documentId))).toBe("ayat (1)");
  });

  it("compacts a document's log once it passes the threshold", async () => {
    const writer = new UpdateWriter(updates, 20, silentLogger);
    writer.noteLoaded(documentId, 0);
    for (let i = 0; i < 25; i += 1) await writer.write(documentId, buildTextUpdate("x"));
    await writer.flush();
    expect(await store.updates.count(documentId)).toBeLessThanOrEqual(5);
    expect(textOf(await store.updates.load(documentId))).toBe("x".repeat(25));
  });

  it("compacts from the live copy's state when it has one, keeping everything stored", async () => {
    const writer = new UpdateWriter(updates, 20, silentLogger);
    const live = new Y.Doc();
    writer.noteLoaded(documentId, 0, () => Y.encodeStateAsUpdate(live));
    live.on("update", (update: Uint8Array) => void writer.write(documentId, update));
    for (let i = 0; i < 25; i += 1) live.getText("default").insert(0, "y");
    await writer.flush();
    expect(await store.updates.count(documentId)).toBeLessThanOrEqual(5);
    expect(textOf(await store.updates.load(documentId))).toBe("y".repeat(25));
  });

  it("rejects the writes of a failed transaction and keeps serving later ones", async () => {
    const writer = new UpdateWriter(updates, 10_000, silentLogger);
    await expect(writer.write("no-such-document", buildTextUpdate("lost"))).rejects.toThrow();
    await writer.write(documentId, buildTextUpdate("kept"));
    expect(textOf(await store.updates.load(documentId))).toBe("kept");
  });
});
