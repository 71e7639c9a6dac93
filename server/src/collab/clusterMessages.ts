import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** The bus channel of one document: its edits and presence between processes. */
export function documentChannel(documentId: string): string {
  return `collab:${documentId}`;
}

/** The bus channel on which every process says, once a beat, how far it has published. */
export const HEARTBEAT_CHANNEL = "collab:heartbeat";

/**
 * What one process tells the others about a document it holds.
 * - `update`: a change it stored (row `rowId`), the `seq`-th it published for this load
 *   (`epoch`) of the document — a jump in `seq` means a message was lost.
 * - `presence`: an awareness update, already screened and attributed by the sending process.
 * - `presenceQuery`: a process that just loaded the document asks for everyone's presence.
 */
export type DocumentMessage =
  | { kind: "update"; epoch: number; seq: number; rowId: number; update: Uint8Array }
  | { kind: "presence"; update: Uint8Array }
  | { kind: "presenceQuery" };

const Kind = { update: 0, presence: 1, presenceQuery: 2 } as const;

/** How far a process has published on one document (one entry of a heartbeat). */
export interface PublishedMark {
  documentId: string;
  epoch: number;
  seq: number;
}

export function encodeDocumentMessage(message: DocumentMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, Kind[message.kind]);
  if (message.kind === "update") {
    encoding.writeVarUint(encoder, message.epoch);
    encoding.writeVarUint(encoder, message.seq);
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
        epoch: decoding.readVarUint(decoder),
        seq: decoding.readVarUint(decoder),
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

export function encodeHeartbeat(marks: PublishedMark[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, marks.length);
  for (const mark of marks) {
    encoding.writeVarString(encoder, mark.documentId);
    encoding.writeVarUint(encoder, mark.epoch);
    encoding.writeVarUint(encoder, mark.seq);
  }
  return encoding.toUint8Array(encoder);
}

export function decodeHeartbeat(payload: Uint8Array): PublishedMark[] {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  const marks: PublishedMark[] = [];
  for (let i = 0; i < count; i += 1) {
    marks.push({
      documentId: decoding.readVarString(decoder),
      epoch: decoding.readVarUint(decoder),
      seq: decoding.readVarUint(decoder),
    });
  }
  return marks;
}
