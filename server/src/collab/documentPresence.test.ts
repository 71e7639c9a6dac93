import * as encoding from "lib0/encoding";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { buildPeer, silentLogger } from "../test/factories.ts";
import { DocumentPresence } from "./documentPresence.ts";
import type { CollabPeer } from "./liveDocument.ts";

function announce(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}

describe("a document's presence", () => {
  it("keeps nothing of a socket that left, not even its clocks", async () => {
    const peers = new Set<CollabPeer>();
    const presence = new DocumentPresence(new Y.Doc(), peers, silentLogger);
    const leaving = buildPeer("leaving");
    peers.add(leaving);
    presence.receive(leaving, announce(7, 1, { user: { name: "Sari" } }));
    await vi.waitFor(() => expect(presence.awareness.getStates().has(7)).toBe(true));

    peers.delete(leaving);
    presence.leave(leaving);
    expect(presence.awareness.getStates().has(7)).toBe(false);
    expect(presence.awareness.meta.has(7)).toBe(false);
    presence.destroy();
  });

  it("does not let a socket speak for a client id another socket or the server holds", async () => {
    const peers = new Set<CollabPeer>();
    const presence = new DocumentPresence(new Y.Doc(), peers, silentLogger);
    const owner = buildPeer("owner");
    const other = buildPeer("other");
    peers.add(owner);
    peers.add(other);
    presence.receive(owner, announce(7, 1, { user: { name: "Sari" } }));
    await vi.waitFor(() => expect(presence.awareness.getStates().has(7)).toBe(true));
    presence.receive(other, announce(7, 5, { user: { name: "Sari" }, cursor: null }));
    presence.receive(other, announce(7, 6, null));
    presence.receive(other, announce(presence.awareness.clientID, 9, {}));
    // Its own id, sent after: once it shows, what it sent before has been handled.
    presence.receive(other, announce(8, 1, {}));
    await vi.waitFor(() => expect(presence.awareness.getStates().has(8)).toBe(true));
    expect(presence.awareness.getStates().get(7)).toEqual({
      user: { name: "Person owner", id: "user-owner", organisation: null },
    });
    expect(presence.awareness.getLocalState()).toBeNull();
    presence.destroy();
  });
});
