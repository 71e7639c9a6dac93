import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** The bus channel of one document: its edits and presence between processes. */
export function documentChannel(documentId: string): string {
  return `collab:${documentId}`;
}

/**
 * What one process tells the others about a document it holds (numbered by the channel).
 * - `update`: a change it stored, as row `rowId` of the document's log.
 * - `presence`: an awareness update, already screened and attributed by the sending process.
 * - `presenceQuery`: a process that just loaded the document asks for everyone's presence.
 */
export type DocumentMessage =
  | { kind: "update"; rowId: number; update: Uint8Array }
  | { kind: "presence"; update: Uint8Array }
  | { kind: "presenceQuery" };

const Kind = { update: 0, presence: 1, presenceQuery: 2 } as const;

export function encodeDocumentMessage(message: DocumentMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, Kind[message.kind]);
  if (message.kind === "update") {
    encoding.writeVarUint(encoder, message.rowId);
    encoding.writeVarUint8Array(encoder, message.update);
  } else if (message.kind === "presence") {
    encoding.writeVarUint8Array(encoder, message.update);
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes a document message; throws on one this version does not know. */
export function decodeDocumentMessage(payload: Uint8Array): DocumentMessage {
  const decoder = decoding.createDecoder(payload);
  const kind = decoding.readVarUint(decoder);
  switch (kind) {
    case Kind.update:
      return {
        kind: "update",
        rowId: decoding.readVarUint(decoder),
        update: decoding.readVarUint8Array(decoder),
      };
    case Kind.presence:
      return { kind: "presence", update: decoding.readVarUint8Array(decoder) };
    case Kind.presenceQuery:
      return { kind: "presenceQuery" };
    default:
      throw new Error(`unknown document message kind ${kind}`);
  }
}
