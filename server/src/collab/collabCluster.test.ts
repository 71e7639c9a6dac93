import { Redis } from "ioredis";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../../shared/protocol/index.ts";
import { eventually } from "../../../tests/utils/eventually.ts";
import { RedisServer } from "../../../tests/utils/redisServer.ts";
import type { ClusterBus } from "../cluster/index.ts";
import { BUS_CHANNEL_PREFIX, type BusFaults, RedisBus } from "../cluster/redisBus.ts";
import { openStore, type Store } from "../store/index.ts";
import { buildDocument, buildPeer, buildStore, silentLogger } from "../test/factories.ts";
import { documentChannel } from "./clusterMessages.ts";
import { CollabCluster } from "./collabCluster.ts";
import { DocumentRegistry } from "./documentRegistry.ts";
import type { LiveDocument } from "./liveDocument.ts";
import { UpdateWriter } from "./updateWriter.ts";

/** A bus whose publishing can be switched off, as when a process dies right after storing. */
function muteable(bus: ClusterBus) {
  const wrapped = {
    muted: false,
    nodeId: bus.nodeId,
    shared: bus.shared,
    publish: (channel: string, payload: Uint8Array) => {
      if (!wrapped.muted) bus.publish(channel, payload);
    },
    subscribe: bus.subscribe.bind(bus),
    onReconnect: bus.onReconnect.bind(bus),
    close: () => bus.close(),
  };
  return wrapped;
}

interface ProcessOptions {
  faults?: BusFaults;
  safetyNetMs?: number;
}

/** One Rembuk process as far as collaboration goes: its store pool, bus, writer and registry. */
async function startProcess(store: Store, redisUrl: string, options: ProcessOptions = {}) {
  const redisBus = new RedisBus(redisUrl, silentLogger, options.faults);
  await redisBus.connect();
  const bus = muteable(redisBus);
  const writer = new UpdateWriter(store.updates, 10_000, silentLogger);
  const cluster = new CollabCluster({
    bus,
    updates: store.updates,
    log: silentLogger,
    heartbeatMs: 100,
    safetyNetMs: options.safetyNetMs ?? 600_000,
  });
  const registry = new DocumentRegistry({
    updates: store.updates,
    writer,
    log: silentLogger,
    unloadGraceMs: 0,
    cluster,
  });
  let stopped = false;
  return {
    bus,
    registry,
    cluster,
    /** Stops linking with the others at once, as a process that died (its rows stay stored). */
    async die() {
      if (stopped) return;
      stopped = true;
      cluster.close();
      await redisBus.close();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await registry.shutdown(1001, "test over");
      await writer.flush();
      cluster.close();
      await redisBus.close();
    },
  };
}

/** A person at a socket on one process, with the copy of the text their editor shows. */
async function connect(registry: DocumentRegistry, documentId: string, name: string) {
  const lease = registry.acquire(documentId);
  const live: LiveDocument = await lease.ready;
  const peer = buildPeer(name);
  const doc = new Y.Doc();
  const presence: Map<number, string> = new Map();
  peer.send = (frame) => {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.awareness) {
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const count = decoding.readVarUint(update);
      for (let i = 0; i < count; i += 1) {
        const clientId = decoding.readVarUint(update);
        decoding.readVarUint(update);
        presence.set(clientId, decoding.readVarString(update));
      }
    }
    if (type !== MessageType.sync) return;
    const subtype = decoding.readVarUint(decoder);
    if (subtype === SyncMessageType.step1) return;
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), "server");
  };
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "server") live.handle(peer, { kind: "update", update, viaStep2: false });
  });
  live.addPeer(peer);
  live.handle(peer, { kind: "syncStep1", stateVector: Y.encodeStateVector(doc) });
  return {
    peer,
    live,
    presence,
    text: () => doc.getText("default").toString(),
    /** Types `text` at the end, one keystroke (one update) per character. */
    type(text: string) {
      for (const char of text) doc.getText("default").insert(doc.getText("default").length, char);
    },
    /** Announces a presence state for `clientId`, as the stock client does. */
    announce(clientId: number, clock: number, state: unknown) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, JSON.stringify(state));
      live.handle(peer, { kind: "awareness", update: encoding.toUint8Array(encoder) });
    },
    leave() {
      live.removePeer(peer);
      lease.release();
    },
  };
}

describe("collaboration across processes", () => {
  // A Redis of this test's own, so that it can be restarted mid-typing.
  let redis: RedisServer;
  let store: Awaited<ReturnType<typeof buildStore>>;
  let otherStore: Store;
  let documentId: string;
  const processes: Awaited<ReturnType<typeof startProcess>>[] = [];
  /** Two processes on one PostgreSQL database (each its own pool) and one Redis. */
  const start = async (first: ProcessOptions = {}, second: ProcessOptions = {}) => {
    const a = await startProcess(store, redis.url, first);
    const b = await startProcess(otherStore, redis.url, second);
    processes.push(a, b);
    return [a, b] as const;
  };
  /** Alice on the first process and Bob on the second, both on the document. */
  const aliceAndBob = async (first: ProcessOptions = {}, second: ProcessOptions = {}) => {
    const [a, b] = await start(first, second);
    const alice = await connect(a.registry, documentId, "alice");
    const bob = await connect(b.registry, documentId, "bob");
    return { a, b, alice, bob };
  };

  beforeAll(async () => {
    redis = await RedisServer.start();
  }, 20_000);
  afterAll(async () => {
    await redis.kill();
  });
  beforeEach(async () => {
    store = await buildStore("postgres");
    otherStore = await openStore(store.location);
    documentId = await buildDocument(store);
  });
  afterEach(async () => {
    for (const process of processes.splice(0)) await process.stop();
    await otherStore.close();
    await store.cleanup();
  });

  it("shows what is typed on one process to the people on the other, storing it once", async () => {
    const { alice, bob } = await aliceAndBob();
    alice.type("Menimbang");
    await eventually("bob sees alice's text", () => bob.text() === "Menimbang");
    bob.type(", bahwa");
    await eventually("alice sees bob's text", () => alice.text() === "Menimbang, bahwa");
    expect(await store.updates.count(documentId)).toBe("Menimbang, bahwa".length);
  });

  it("shows presence across processes under the name its own process gave it, and nobody elsewhere can take it over", async () => {
    const { alice, bob } = await aliceAndBob();
    alice.announce(4242, 1, { user: { name: "The Minister", color: "#ff0000" } });
    const seen = await eventually(
      "bob sees alice's presence",
      () => bob.presence.get(4242) ?? false,
    );
    expect(JSON.parse(seen).user).toMatchObject({ name: "Person alice", id: "user-alice" });
    bob.announce(4242, 2, { user: { name: "Person alice" } });
    bob.announce(77, 1, { user: {} });
    await eventually("alice sees bob's own presence", () => alice.presence.has(77));
    // Neither process took bob's claim on alice's client id.
    expect(alice.live.awareness.getStates().get(4242)?.user.id).toBe("user-alice");
    expect(bob.live.awareness.getStates().get(4242)?.user.id).toBe("user-alice");
    alice.leave();
    await eventually(
      "alice's presence is withdrawn on bob's process",
      () => bob.presence.get(4242) === "null",
    );
  });

  it("converges when half the messages between processes are lost and the rest delayed", async () => {
    const { alice, bob } = await aliceAndBob({}, { faults: { dropRate: 0.5, delayMs: 30 } });
    alice.type("P");
    await eventually("bob sees the first keystroke", () => bob.text() === "P");
    alice.type("asal 1 ayat (1) berbunyi");
    bob.type("Mengingat: ");
    await eventually(
      "both see the same text",
      () => alice.text() === bob.text() && bob.text().length === 36,
    );
    // Every keystroke of both, whichever way the two texts interleaved.
    expect([...bob.text()].sort()).toEqual([..."Pasal 1 ayat (1) berbunyiMengingat: "].sort());
  });

  it("finds in the store what a process stored and never published before it died", async () => {
    const { a, alice, bob } = await aliceAndBob();
    alice.type("Pasal ");
    await eventually("bob sees the start", () => bob.text() === "Pasal ");
    a.bus.muted = true;
    alice.type("2");
    await eventually(
      "the keystroke is stored",
      async () => (await store.updates.count(documentId)) === 7,
    );
    await a.die();
    await eventually("bob sees what alice stored", () => bob.text() === "Pasal 2");
  });

  it("repairs periodically from the store, whatever the bus said", async () => {
    const [, b] = await start({}, { safetyNetMs: 200 });
    const bob = await connect(b.registry, documentId, "bob");
    const elsewhere = new Y.Doc();
    elsewhere.getText("default").insert(0, "Menimbang");
    await store.updates.append([{ documentId, data: Y.encodeStateAsUpdate(elsewhere) }]);
    await eventually("bob sees the stored text", () => bob.text() === "Menimbang");
  });

  it("converges after Redis restarted mid-typing, with nobody reloading", async () => {
    const { alice, bob } = await aliceAndBob();
    alice.type("Menimbang ");
    await eventually("bob sees the start", () => bob.text() === "Menimbang ");
    await redis.kill();
    alice.type("bahwa ");
    bob.type("(draf) ");
    await redis.restart();
    alice.type("dan");
    await eventually(
      "both see the same text",
      () => alice.text() === bob.text() && bob.text().length === 26,
      {
        timeoutMs: 15_000,
      },
    );
    expect(alice.peer.closedWith).toBeUndefined();
    expect(bob.peer.closedWith).toBeUndefined();
  }, 30_000);

  it("listens on a document's channel only while the document is loaded", async () => {
    const [, b] = await start();
    const redisClient = new Redis(redis.url);
    const listeners = async () => {
      const reply = (await redisClient.pubsub(
        "NUMSUB",
        BUS_CHANNEL_PREFIX + documentChannel(documentId),
      )) as [string, number];
      return Number(reply[1]);
    };
    try {
      const bob = await connect(b.registry, documentId, "bob");
      await eventually("one process listens", async () => (await listeners()) === 1);
      bob.leave();
      await eventually("the document is unloaded", () => b.registry.size === 0);
      await eventually("nobody listens", async () => (await listeners()) === 0);
    } finally {
      redisClient.disconnect();
    }
  });
});
