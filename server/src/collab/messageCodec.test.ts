import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../../shared/protocol/index.ts";
import { buildTextUpdate } from "../test/factories.ts";
import { decodeClientMessage, MalformedMessageError } from "./messageCodec.ts";

function frame(...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === "number") encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

describe("decoding client messages", () => {
  it("reads the messages the stock WebsocketProvider sends", () => {
    const update = buildTextUpdate("Pasal 1");
    const sv = Y.encodeStateVector(new Y.Doc());
    expect(decodeClientMessage(frame(MessageType.sync, SyncMessageType.step1, sv))).toEqual({
      kind: "syncStep1",
      stateVector: sv,
    });
    expect(
      decodeClientMessage(frame(MessageType.sync, SyncMessageType.update, update)),
    ).toMatchObject({
      kind: "update",
      viaStep2: false,
    });
    expect(
      decodeClientMessage(frame(MessageType.sync, SyncMessageType.step2, update)),
    ).toMatchObject({
      kind: "update",
      viaStep2: true,
    });
    expect(decodeClientMessage(frame(MessageType.queryAwareness))).toEqual({
      kind: "queryAwareness",
    });
    expect(decodeClientMessage(frame(MessageType.saveCheck, 42))).toEqual({
      kind: "saveCheck",
      nonce: 42,
    });
  });

  const malformed: [string, Uint8Array][] = [
    ["an empty frame", new Uint8Array()],
    ["an unknown message type", frame(99)],
    ["a truncated varuint", new Uint8Array([0x80])],
    ["an unknown sync sub-type", frame(MessageType.sync, 7, new Uint8Array())],
    [
      "a corrupt Yjs update",
      frame(MessageType.sync, SyncMessageType.update, new Uint8Array([9, 200, 1, 3])),
    ],
    [
      "a truncated Yjs update",
      frame(MessageType.sync, SyncMessageType.update, buildTextUpdate("Bab I").slice(0, 6)),
    ],
    [
      "a corrupt state vector",
      frame(MessageType.sync, SyncMessageType.step1, new Uint8Array([5, 1])),
    ],
    ["trailing bytes", new Uint8Array([...frame(MessageType.queryAwareness), 1, 2, 3])],
    ["a server-only message type", frame(MessageType.saved, 1)],
  ];
  it.each(malformed)("refuses %s", (_name, bytes) => {
    expect(() => decodeClientMessage(bytes)).toThrow(MalformedMessageError);
  });
});
