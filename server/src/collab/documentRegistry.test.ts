import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { UpdateStore } from "../store/index.ts";
import {
  buildDocument,
  buildPeer,
  buildStore,
  buildTextUpdate,
  silentLogger,
} from "../test/factories.ts";
import { DocumentRegistry } from "./documentRegistry.ts";
import { UpdateWriter } from "./updateWriter.ts";

describe("document registry", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let documentId: string;
  let loads: number;
  let updates: UpdateStore;

  beforeEach(async () => {
    store = await buildStore();
    documentId = await buildDocument(store);
    await store.updates.append([{ documentId, data: buildTextUpdate("Menimbang") }]);
    loads = 0;
    updates = {
      ...store.updates,
      load: (id: string) => {
        loads += 1;
        return store.updates.load(id);
      },
    };
  });
  afterEach(() => store.cleanup());

  function buildRegistry(unloadGraceMs = 0, source = updates) {
    const writer = new UpdateWriter(source, 10_000, silentLogger);
    return new DocumentRegistry({ updates: source, writer, log: silentLogger, unloadGraceMs });
  }

  it("loads a document once for everyone who arrives while it loads, all with its content", async () => {
    const registry = buildRegistry();
    const arrivals = await Promise.all(
      Array.from({ length: 20 }, () => registry.acquire(documentId).ready),
    );
    expect(loads).toBe(1);
    expect(new Set(arrivals).size).toBe(1);
    expect(arrivals[0]?.doc.getText("default").toString()).toBe("Menimbang");
  });

  it("unloads a document after its last lease, with its changes stored, and reloads it intact", async () => {
    const registry = buildRegistry();
    const lease = registry.acquire(documentId);
    const live = await lease.ready;
    const peer = buildPeer();
    live.addPeer(peer);
    live.handle(peer, { kind: "update", update: buildTextUpdate("Mengingat "), viaStep2: false });
    live.removePeer(peer);
    lease.release();
    await until(() => registry.size === 0);

    const again = await registry.acquire(documentId).ready;
    expect(again).not.toBe(live);
    expect(loads).toBe(2);
    expect(again.doc.getText("default").toString()).toContain("Mengingat");
    expect(again.doc.getText("default").toString()).toContain("Menimbang");
  });

  it("keeps the document when someone comes back during the grace period", async () => {
    const registry = buildRegistry(50);
    const lease = registry.acquire(documentId);
    const first = await lease.ready;
    lease.release();
    const second = await registry.acquire(documentId).ready;
    expect(second).toBe(first);
    expect(loads).toBe(1);
  });

  it("forgets a failed load without storing anything, and retries on the next arrival", async () => {
    let failNext = true;
    const flaky: UpdateStore = {
      ...updates,
      load: async (id) => {
        if (failNext) {
          failNext = false;
          throw new Error("disk unavailable");
        }
        return updates.load(id);
      },
    };
    const registry = buildRegistry(0, flaky);
    const failed = registry.acquire(documentId);
    await expect(failed.ready).rejects.toThrow("disk unavailable");
    expect(registry.size).toBe(0);
    expect(await store.updates.count(documentId)).toBe(1);

    const live = await registry.acquire(documentId).ready;
    expect(live.doc.getText("default").toString()).toBe("Menimbang");
    // The socket of the failed load closes late: that must not take the new holder's lease.
    failed.release();
    failed.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(registry.size).toBe(1);
  });

  it("closes every peer and flushes on shutdown", async () => {
    const registry = buildRegistry(10_000);
    const live = await registry.acquire(documentId).ready;
    const peer = buildPeer();
    live.addPeer(peer);
    const other = new Y.Doc();
    live.handle(peer, {
      kind: "update",
      update: buildTextUpdate("Memutuskan", other),
      viaStep2: false,
    });
    await registry.shutdown(1001, "bye");
    expect(peer.closedWith).toBe(1001);
    expect(await store.updates.count(documentId)).toBe(2);
  });
});

/** Polls a condition until it holds (the registry unloads on a timer). */
async function until(condition: () => boolean, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
