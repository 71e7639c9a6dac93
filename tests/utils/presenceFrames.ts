import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { MessageType } from "../../shared/protocol/index.ts";

/** One entry of an awareness update: a client id, its clock and its state as raw JSON text. */
export type PresenceEntry = readonly [clientId: number, clock: number, stateJson: string];

/**
 * A y-websocket awareness frame announcing exactly these entries — whatever they say, as a
 * hostile or buggy client could send them.
 */
export function awarenessFrame(entries: readonly PresenceEntry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [clientId, clock, stateJson] of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, stateJson);
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MessageType.awareness);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** The entries of an awareness frame the server sent, or undefined for any other frame. */
export function readAwarenessFrame(bytes: Uint8Array): PresenceEntry[] | undefined {
  const decoder = decoding.createDecoder(bytes);
  if (decoding.readVarUint(decoder) !== MessageType.awareness) return undefined;
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const entries: PresenceEntry[] = [];
  const count = decoding.readVarUint(update);
  for (let i = 0; i < count; i += 1) {
    entries.push([
      decoding.readVarUint(update),
      decoding.readVarUint(update),
      decoding.readVarString(update),
    ]);
  }
  return entries;
}
