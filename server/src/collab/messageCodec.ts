import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../../shared/protocol/index.ts";

/** A message from a client, decoded and checked for shape (not yet for permission). */
export type ClientMessage =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  | { kind: "update"; update: Uint8Array; viaStep2: boolean }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "queryAwareness" }
  | { kind: "saveCheck"; nonce: number };

/** Thrown for a message that is not a well-formed Rembuk/y-websocket message. */
export class MalformedMessageError extends Error {
  override name = "MalformedMessageError";
}

/**
 * Decodes one socket frame. Anything unknown, truncated, followed by trailing
 * bytes, or carrying a Yjs update that does not parse is refused here, before
 * it can touch a document.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessageError("trailing bytes");
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error));
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      return readSync(decoder);
    case MessageType.awareness:
      return { kind: "awareness", update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { kind: "queryAwareness" };
    case MessageType.saveCheck:
      return { kind: "saveCheck", nonce: decoding.readVarUint(decoder) };
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): ClientMessage {
  const subtype = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (subtype) {
    case SyncMessageType.step1:
      // Decoding the state vector proves it is well formed before it is used.
      Y.decodeStateVector(payload);
      return { kind: "syncStep1", stateVector: payload };
    case SyncMessageType.step2:
    case SyncMessageType.update:
      Y.decodeUpdate(payload);
      return { kind: "update", update: payload, viaStep2: subtype === SyncMessageType.step2 };
    default:
      throw new MalformedMessageError(`unknown sync message type ${subtype}`);
  }
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Server → client sync step 1: the server's state vector. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncMessageType.step1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });
}

/** Server → client sync step 2: what the client is missing, given its state vector. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncMessageType.step2);
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, stateVector));
  });
}

/** Server → client live update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncMessageType.update);
    encoding.writeVarUint8Array(e, update);
  });
}

/** Server → client awareness update. */
export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, update);
  });
}

/** Server → client: everything sent before the `saveCheck` with this nonce is durable. */
export function encodeSaved(nonce: number): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.saved);
    encoding.writeVarUint(e, nonce);
  });
}
