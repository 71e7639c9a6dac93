import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../shared/protocol/index.ts";
import { DRAFT_TEXT } from "./collabClient.ts";
import { queryAwarenessFrame, syncUpdateFrame } from "./rawSocket.ts";

/** Text that only ever travels inside rejected frames; it must never show up anywhere. */
export const REJECTED_TEXT = "TEKS SELUNDUPAN";

/** A valid Yjs update inserting `text` into the draft, from an author no real client uses. */
export function draftUpdate(text: string, author = 4242): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = author;
  doc.getText(DRAFT_TEXT).insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * A Yjs update that decodes cleanly (so a shape check lets it through) but
 * throws half-way through being applied: its first item inserts text, its
 * second names itself as its own right neighbour. Yjs integrates the first item
 * and emits an update for it before the second throws.
 */
export function halfApplicableUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 4242;
  const text = doc.getText(DRAFT_TEXT);
  text.insert(0, `${REJECTED_TEXT}. `);
  const firstLength = text.length;
  text.insert(0, "BAB I ");
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  // The second item: info 0x44 (has right origin, string content), right origin (4242, 0).
  const rightOrigin = [0x44, 0x92, 0x21, 0x00];
  const at = update.findIndex((_, i) => rightOrigin.every((byte, k) => update[i + k] === byte));
  if (at < 0 || firstLength >= 0x80)
    throw new Error("the update's layout changed; rebuild this fixture");
  update[at + 3] = firstLength; // its right origin is now its own first character
  assertHalfApplicable(update);
  return update;
}

function assertHalfApplicable(update: Uint8Array) {
  Y.decodeUpdate(update);
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, update);
  } catch {
    return;
  } finally {
    probe.destroy();
  }
  throw new Error("the corrupt update applied cleanly; rebuild this fixture");
}

function bytes(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Binary frames a broken or hostile client might send, each of which must be refused with 4400. */
export const MALFORMED_FRAMES: Record<string, () => Uint8Array> = {
  "garbage bytes": () => Uint8Array.from(Buffer.from("deadbeefcafebabe8badf00d", "hex")),
  "an empty frame": () => new Uint8Array(0),
  "an unknown message type": () => bytes((e) => encoding.writeVarUint(e, 7)),
  "the server-only 'saved' message": () =>
    bytes((e) => {
      encoding.writeVarUint(e, MessageType.saved);
      encoding.writeVarUint(e, 1);
    }),
  "an unknown sync message type": () =>
    bytes((e) => {
      encoding.writeVarUint(e, MessageType.sync);
      encoding.writeVarUint(e, 9);
      encoding.writeVarUint8Array(e, draftUpdate(REJECTED_TEXT));
    }),
  "a truncated varuint": () => Uint8Array.of(MessageType.sync, SyncMessageType.update, 0x85),
  "a payload shorter than its length": () => {
    const frame = syncUpdateFrame(draftUpdate(REJECTED_TEXT));
    return frame.subarray(0, frame.length - 3);
  },
  "trailing bytes after a valid message": () => Uint8Array.of(...queryAwarenessFrame(), 0),
  "trailing bytes after a valid update": () =>
    Uint8Array.of(...syncUpdateFrame(draftUpdate(REJECTED_TEXT)), 1, 2, 3),
  "an update that is not Yjs": () => syncUpdateFrame(Uint8Array.from(Buffer.from(REJECTED_TEXT))),
  "an update that breaks half-way through": () => syncUpdateFrame(halfApplicableUpdate()),
  "a corrupt state vector": () =>
    bytes((e) => {
      encoding.writeVarUint(e, MessageType.sync);
      encoding.writeVarUint(e, SyncMessageType.step1);
      encoding.writeVarUint8Array(e, Uint8Array.of(5, 0xff, 0xff));
    }),
  "presence that is not JSON": () =>
    bytes((e) => {
      encoding.writeVarUint(e, MessageType.awareness);
      encoding.writeVarUint8Array(
        e,
        bytes((inner) => {
          encoding.writeVarUint(inner, 1);
          encoding.writeVarUint(inner, 77);
          encoding.writeVarUint(inner, 1);
          encoding.writeVarString(inner, `{"user": ${REJECTED_TEXT}`);
        }),
      );
    }),
};
