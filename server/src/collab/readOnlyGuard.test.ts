import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { updateChangesDocument } from "./readOnlyGuard.ts";

/** A server copy and a reader who synced from it. */
function buildSyncedPair() {
  const server = new Y.Doc();
  server.getText("default").insert(0, "Pasal 1 ayat (1) dan ayat (2)");
  server.getText("default").delete(0, 6);
  const reader = new Y.Doc();
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(server));
  return { server, reader };
}

describe("read-only guard", () => {
  it("lets a reader's reconnect step 2 through: it repeats known content and deletions", () => {
    const { server, reader } = buildSyncedPair();
    const step2 = Y.encodeStateAsUpdate(reader, Y.encodeStateVector(server));
    expect(updateChangesDocument(server, step2)).toBe(false);
    expect(updateChangesDocument(server, Y.encodeStateAsUpdate(reader))).toBe(false);
  });

  it("catches new text", () => {
    const { server, reader } = buildSyncedPair();
    reader.getText("default").insert(0, "DIUBAH ");
    expect(
      updateChangesDocument(server, Y.encodeStateAsUpdate(reader, Y.encodeStateVector(server))),
    ).toBe(true);
  });

  it("catches a deletion of text the server still has", () => {
    const { server, reader } = buildSyncedPair();
    reader.getText("default").delete(0, 3);
    expect(
      updateChangesDocument(server, Y.encodeStateAsUpdate(reader, Y.encodeStateVector(server))),
    ).toBe(true);
  });

  it("catches a deletion of content the server has never seen", () => {
    const { server } = buildSyncedPair();
    const stranger = new Y.Doc();
    stranger.getText("default").insert(0, "x");
    stranger.getText("default").delete(0, 1);
    const deletesOnly = Y.encodeStateAsUpdate(stranger);
    const { ds } = Y.decodeUpdate(deletesOnly);
    expect(ds.clients.size).toBe(1);
    expect(updateChangesDocument(server, deletesOnly)).toBe(true);
  });
});
