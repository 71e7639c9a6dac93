import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../../shared/protocol/index.ts";
import { SAVE_CHECK_DEBOUNCE_MS, SaveTracker } from "./SaveTracker.ts";

type Handler = WebsocketProvider["messageHandlers"][number];

function buildProvider() {
  const sent: number[][] = [];
  const listeners = new Map<string, (value: boolean) => void>();
  const provider = {
    wsconnected: true,
    ws: { readyState: 1, send: (bytes: Uint8Array) => sent.push([...bytes]) },
    messageHandlers: [] as Handler[],
    on: (event: string, listener: (value: boolean) => void) => listeners.set(event, listener),
    off: (event: string) => listeners.delete(event),
  };
  return {
    provider: provider as unknown as WebsocketProvider,
    fake: provider,
    /** Nonces of the save checks sent so far. */
    checks: () =>
      sent.map((bytes) => {
        const decoder = decoding.createDecoder(new Uint8Array(bytes));
        expect(decoding.readVarUint(decoder)).toBe(MessageType.saveCheck);
        return decoding.readVarUint(decoder);
      }),
    emitSync: (synced: boolean) => listeners.get("sync")?.(synced),
    /** Delivers a sync message from the server whose first byte after the type is `subType`. */
    receiveSync: (subType: number) => {
      const decoder = decoding.createDecoder(new Uint8Array([MessageType.sync, subType, 0]));
      const type = decoding.readVarUint(decoder);
      provider.messageHandlers[type]?.(
        encoding.createEncoder(),
        decoder,
        provider as never,
        true,
        type,
      );
    },
    answerSaved: (nonce: number) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.saved);
      encoding.writeVarUint(encoder, nonce);
      const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
      const type = decoding.readVarUint(decoder);
      provider.messageHandlers[type]?.(
        encoding.createEncoder(),
        decoder,
        provider as never,
        true,
        type,
      );
    },
  };
}

function buildTracker({ pendingFromEarlierVisit = false } = {}) {
  const doc = new Y.Doc();
  const server = buildProvider();
  const localStore = {};
  let pending = pendingFromEarlierVisit;
  const tracker = new SaveTracker({
    doc,
    provider: server.provider,
    remoteOrigins: [localStore],
    waitForLocalCopy: () => Promise.resolve(),
    pendingFlag: { read: () => pending, write: (value) => (pending = value) },
    onChange: () => {},
  });
  const type = (text: string, origin: unknown = null) =>
    doc.transact(() => doc.getText("t").insert(0, text), origin);
  return { tracker, doc, server, type, localStore, pending: () => pending };
}

describe("SaveTracker", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("reports saved only after the server answers the check sent after the change", () => {
    const { tracker, server, type, pending } = buildTracker();
    type("Pasal 1");
    expect(tracker.facts()).toMatchObject({ dirty: true, everConfirmed: false });
    expect(pending()).toBe(true);

    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    expect(server.checks()).toEqual([1]);
    server.answerSaved(1);

    expect(tracker.facts()).toMatchObject({ dirty: false, everConfirmed: true });
    expect(pending()).toBe(false);
  });

  it("sends one check for a burst of typing", () => {
    const { server, type } = buildTracker();
    type("a");
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS - 1);
    type("b");
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    expect(server.checks()).toEqual([1]);
  });

  it("stays unsaved when a change happened after the answered check was sent", () => {
    const { tracker, server, type } = buildTracker();
    type("a");
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    type("b");
    server.answerSaved(1);
    expect(tracker.facts().dirty).toBe(true);

    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    expect(server.checks()).toEqual([1, 2]);
    server.answerSaved(2);
    expect(tracker.facts().dirty).toBe(false);
  });

  it("ignores answers to older checks", () => {
    const { tracker, server, type } = buildTracker();
    type("a");
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    server.emitSync(true);
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    server.answerSaved(1);
    expect(tracker.facts().dirty).toBe(true);
    server.answerSaved(2);
    expect(tracker.facts().dirty).toBe(false);
  });

  it("does not count changes from the server or from local storage as unsaved", () => {
    const { tracker, server, type, localStore } = buildTracker();
    type("from the server", server.provider);
    type("from IndexedDB", localStore);
    expect(tracker.facts().dirty).toBe(false);
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    expect(server.checks()).toEqual([]);
  });

  it("does not send checks while disconnected, and checks once synced again", () => {
    const { tracker, server, type } = buildTracker();
    server.fake.wsconnected = false;
    type("offline edit");
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    expect(server.checks()).toEqual([]);

    server.fake.wsconnected = true;
    server.emitSync(true);
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    expect(server.checks()).toEqual([1]);
    server.answerSaved(1);
    expect(tracker.facts().dirty).toBe(false);
  });

  it("checks after answering the server's sync step 1, which carries offline changes", () => {
    const { server } = buildTracker();
    server.receiveSync(SyncMessageType.step2);
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    expect(server.checks()).toEqual([]);
    server.receiveSync(SyncMessageType.step1);
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    expect(server.checks()).toEqual([1]);
  });

  it("keeps changes from an earlier visit unsaved until the server confirms", () => {
    const { tracker, server } = buildTracker({ pendingFromEarlierVisit: true });
    expect(tracker.facts()).toMatchObject({ dirty: true, keptLocally: true });
    server.emitSync(true);
    vi.advanceTimersByTime(SAVE_CHECK_DEBOUNCE_MS);
    server.answerSaved(1);
    expect(tracker.facts().dirty).toBe(false);
  });

  it("knows when a change is written to this device", async () => {
    const { tracker, type } = buildTracker();
    type("a");
    expect(tracker.facts().keptLocally).toBe(false);
    await vi.waitFor(() => expect(tracker.facts().keptLocally).toBe(true));
  });
});
