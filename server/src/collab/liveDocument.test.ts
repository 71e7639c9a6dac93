import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../../shared/protocol/index.ts";
import type { PendingUpdate } from "../store/index.ts";
import {
  buildDocument,
  buildPeer,
  buildStore,
  buildTextUpdate,
  silentLogger,
  textOf,
} from "../test/factories.ts";
import { LiveDocument } from "./liveDocument.ts";
import { UpdateWriter } from "./updateWriter.ts";

/** What kind of message a frame the server sent is. */
function describeFrame(frame: Uint8Array): string {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.sync) return `sync:${decoding.readVarUint(decoder)}`;
  return type === MessageType.saved ? `saved:${decoding.readVarUint(decoder)}` : String(type);
}

describe("live document", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let documentId: string;
  /** Lets a test hold the store's commit open, as a slow disk would. */
  let releaseCommit: () => void;
  let commitGate: Promise<void>;
  let writer: UpdateWriter;
  let live: LiveDocument;
  let failures: number;

  beforeEach(async () => {
    store = await buildStore();
    documentId = await buildDocument(store);
    commitGate = new Promise((resolve) => {
      releaseCommit = resolve;
    });
    const gated = {
      ...store.updates,
      append: async (batch: PendingUpdate[]) => {
        await commitGate;
        return store.updates.append(batch);
      },
    };
    writer = new UpdateWriter(gated, 10_000, silentLogger);
    failures = 0;
    live = LiveDocument.fromStored(documentId, [], writer, silentLogger, () => {
      failures += 1;
    });
  });
  afterEach(async () => {
    live.destroy();
    await store.cleanup();
  });

  it("relays a change to other peers only once it is stored", async () => {
    const author = buildPeer("author");
    const reader = buildPeer("reader");
    live.addPeer(author);
    live.addPeer(reader);
    reader.sent.length = 0;

    live.handle(author, { kind: "update", update: buildTextUpdate("Pasal 1"), viaStep2: false });
    await Promise.resolve();
    expect(reader.sent).toHaveLength(0);
    expect(await store.updates.count(documentId)).toBe(0);

    releaseCommit();
    await live.whenDurable();
    await Promise.resolve();
    expect(textOf(await store.updates.load(documentId))).toBe("Pasal 1");
    expect(reader.sent.map(describeFrame)).toEqual([`sync:${SyncMessageType.update}`]);
    expect(author.sent.map(describeFrame)).not.toContain(`sync:${SyncMessageType.update}`);
  });

  it("answers a newcomer's sync step 1 only once what it will receive is stored", async () => {
    const author = buildPeer("author");
    live.addPeer(author);
    live.handle(author, { kind: "update", update: buildTextUpdate("Bab I"), viaStep2: false });

    const newcomer = buildPeer("newcomer");
    live.addPeer(newcomer);
    live.handle(newcomer, { kind: "syncStep1", stateVector: Y.encodeStateVector(new Y.Doc()) });
    await Promise.resolve();
    expect(newcomer.sent.map(describeFrame)).toEqual([`sync:${SyncMessageType.step1}`]);

    releaseCommit();
    await live.whenDurable();
    await Promise.resolve();
    expect(newcomer.sent.map(describeFrame)).toEqual([
      `sync:${SyncMessageType.step1}`,
      `sync:${SyncMessageType.step2}`,
    ]);
  });

  it("acknowledges a save check after the peer's earlier changes are stored", async () => {
    const author = buildPeer("author");
    live.addPeer(author);
    live.handle(author, { kind: "update", update: buildTextUpdate("ayat (2)"), viaStep2: false });
    live.handle(author, { kind: "saveCheck", nonce: 7 });
    await Promise.resolve();
    expect(author.sent.map(describeFrame)).not.toContain("saved:7");
    releaseCommit();
    await live.whenDurable();
    await Promise.resolve();
    expect(author.sent.map(describeFrame)).toContain("saved:7");
  });

  it("stores nothing for an update that changes nothing", async () => {
    releaseCommit();
    const author = buildPeer("author");
    live.addPeer(author);
    const update = buildTextUpdate("huruf a");
    live.handle(author, { kind: "update", update, viaStep2: false });
    live.handle(author, { kind: "update", update, viaStep2: true });
    await writer.flush();
    expect(await store.updates.count(documentId)).toBe(1);
  });

  it("withdraws a peer's presence when it leaves", async () => {
    releaseCommit();
    const leaving = buildPeer("leaving");
    const staying = buildPeer("staying");
    live.addPeer(leaving);
    live.addPeer(staying);
    const client = new Y.Doc();
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, client.clientID);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, JSON.stringify({ user: { name: "Sari" } }));
    live.handle(leaving, { kind: "awareness", update: encoding.toUint8Array(encoder) });
    // Presence carries the account's name, not the one the client announced.
    await vi.waitFor(() =>
      expect(live.awareness.getStates().get(client.clientID)).toEqual({
        user: { name: "Person leaving", id: "user-leaving", organisation: null },
      }),
    );

    live.removePeer(leaving);
    expect(live.awareness.getStates().has(client.clientID)).toBe(false);
    expect(
      staying.sent.map(describeFrame).filter((f) => f === String(MessageType.awareness)),
    ).toHaveLength(2);
  });

  it("reports a change that could not be stored so its clients can resync", async () => {
    const author = buildPeer("author");
    live.addPeer(author);
    await store.close();
    releaseCommit();
    live.handle(author, { kind: "update", update: buildTextUpdate("hilang"), viaStep2: false });
    await live.whenDurable();
    await new Promise((resolve) => setImmediate(resolve));
    expect(failures).toBe(1);
  });
});

describe("loading a live document", () => {
  it("refuses to build from a stored update it cannot apply", () => {
    const writer = new UpdateWriter({} as never, 1, silentLogger);
    expect(() =>
      LiveDocument.fromStored(
        "draft",
        [new Uint8Array([1, 2, 3, 250])],
        writer,
        silentLogger,
        () => {},
      ),
    ).toThrow();
  });
});
