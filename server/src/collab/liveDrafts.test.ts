import * as decoding from "lib0/decoding";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, MessageType, SyncMessageType } from "../../../shared/protocol/index.ts";
import type { PendingUpdate } from "../store/index.ts";
import { buildPeer, buildStore, silentLogger } from "../test/factories.ts";
import { DocumentRegistry } from "./documentRegistry.ts";
import { type CommentAnchoring, LiveDrafts } from "./liveDrafts.ts";
import { anchorOn, buildFreeDraft, freeSchema } from "./passages.fixtures.ts";
import { passagesOf, SuggestionConflictError } from "./passages.ts";
import { UpdateWriter } from "./updateWriter.ts";

const SENTENCE = "Setiap orang berhak mendapatkan pelayanan pengelolaan sampah.";

/** The Yjs updates among the frames a peer was sent. */
function updatesIn(frames: Uint8Array[]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.sync) continue;
    if (decoding.readVarUint(decoder) !== SyncMessageType.update) continue;
    updates.push(decoding.readVarUint8Array(decoder));
  }
  return updates;
}

describe("live drafts", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  /** An editor that has the draft open: it computes anchors on its own copy. */
  let editor: Y.Doc;
  let registry: DocumentRegistry;
  let drafts: LiveDrafts;
  /** Lets a test hold the store's commit open, as a slow disk would. */
  let releaseCommit: () => void;
  const documentId = "draft-sampah";
  /** The server marks comment c-1 on the live draft, as `userId` made it. */
  const anchorAs = (userId: string, anchor: CommentAnchoring["anchor"]) =>
    drafts.anchorComment({ documentId, form: "free", anchor, commentId: "c-1", userId });

  /** A registry over the store, as the server builds it at start. */
  function startServer(gated: boolean): void {
    const commitGate = new Promise<void>((resolve) => {
      releaseCommit = resolve;
    });
    const updates = gated
      ? {
          ...store.updates,
          append: async (batch: PendingUpdate[]) => {
            await commitGate;
            return store.updates.append(batch);
          },
        }
      : store.updates;
    const writer = new UpdateWriter(updates, 10_000, silentLogger);
    registry = new DocumentRegistry({ updates, writer, log: silentLogger, unloadGraceMs: 10 });
    drafts = new LiveDrafts(registry);
  }

  beforeEach(async () => {
    store = await buildStore();
    await store.documents.insert({
      id: documentId,
      title: "Rancangan Perda Sampah",
      createdAt: new Date().toISOString(),
      form: "free",
    });
    editor = buildFreeDraft("Pembukaan.", SENTENCE);
    await store.updates.append([{ documentId, data: Y.encodeStateAsUpdate(editor) }]);
    startServer(false);
  });
  afterEach(async () => {
    releaseCommit();
    await registry.shutdown(CloseCode.goingAway, "test over");
    await store.cleanup();
  });

  it("relays a comment's anchor to every editor only once it is stored", async () => {
    startServer(true);
    const lease = registry.acquire(documentId);
    const live = await lease.ready;
    const peer = buildPeer("ayu");
    live.addPeer(peer);
    peer.sent.length = 0;

    let settled = false;
    const anchoring = anchorAs(
      "u-budi",
      anchorOn(editor, freeSchema, "berhak mendapatkan"),
    ).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(updatesIn(peer.sent)).toEqual([]);
    expect(await store.updates.count(documentId)).toBe(1);

    releaseCommit();
    const passage = await anchoring;
    expect(passage.quote).toBe("berhak mendapatkan");
    expect(await store.updates.count(documentId)).toBe(2);
    await Promise.resolve();
    const relayed = updatesIn(peer.sent);
    expect(relayed).toHaveLength(1);
    Y.applyUpdate(editor, relayed[0] as Uint8Array);
    expect(passagesOf(editor, freeSchema).get("c-1")).toEqual(passage);
    lease.release();
  });

  it("keeps the anchors across a restart, and reads them from a draft nobody has open", async () => {
    const anchor = anchorOn(editor, freeSchema, "pelayanan pengelolaan");
    await anchorAs("u-budi", anchor);
    await registry.shutdown(CloseCode.goingAway, "restart");

    startServer(false);
    const passages = await drafts.passages(documentId, "free");
    expect(passages.get("c-1")?.quote).toBe("pelayanan pengelolaan");
  });

  it("stores nothing when an anchor is refused", async () => {
    const anchor = anchorOn(editor, freeSchema, "berhak");
    const refused = anchorAs("u-budi", { ...anchor, quote: "wajib" });

    await expect(refused).rejects.toMatchObject({ status: 409, id: "passage_changed" });
    expect(await store.updates.count(documentId)).toBe(1);
    expect((await drafts.passages(documentId, "free")).size).toBe(0);
  });

  it("writes an accepted suggestion, and refuses one whose passage changed", async () => {
    const anchor = anchorOn(editor, freeSchema, "berhak");
    await anchorAs("u-citra", anchor);
    const acceptBerhakAsWajib = () =>
      drafts.replacePassage({
        documentId,
        form: "free",
        commentId: "c-1",
        expectedQuote: "berhak",
        text: "wajib",
        userId: "u-drafter",
      });
    const accepted = await acceptBerhakAsWajib();
    expect(accepted.quote).toBe("wajib");

    const stored = new Y.Doc();
    for (const update of await store.updates.load(documentId)) Y.applyUpdate(stored, update);
    expect(passagesOf(stored, freeSchema).get("c-1")?.quote).toBe("wajib");

    const again = acceptBerhakAsWajib();
    await expect(again).rejects.toBeInstanceOf(SuggestionConflictError);
    await expect(again).rejects.toMatchObject({ status: 409, current: "wajib" });
  });
});
