import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { MessageType } from "../../../shared/protocol/index.ts";

/** Encodes `[saveCheck][nonce]`: "tell me when everything I sent before this is durable". */
export function encodeSaveCheck(nonce: number): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.saveCheck);
  encoding.writeVarUint(encoder, nonce);
  // Copied into a plain ArrayBuffer, the type WebSocket.send accepts.
  return new Uint8Array(encoding.toUint8Array(encoder));
}

/** Reads the nonce of a `saved` message whose outer type has already been read. */
export function readSavedNonce(decoder: decoding.Decoder): number {
  return decoding.readVarUint(decoder);
}
