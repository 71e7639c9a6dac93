import type { RoundRecord, Seal } from "../schemas/publicRecord.ts";
import { canonicalJson } from "./canonicalJson.ts";

/**
 * What a seal states besides the record: its place in the chain, its stage and its time. The
 * stage is any string here so that a verifier hashes what a record says, whatever it says.
 */
export interface SealMeta {
  seq: number;
  stage: string;
  at: string;
  previousSeal: string | null;
}

/**
 * The exact bytes a seal hashes: the RFC 8785 canonical JSON of
 * `{ documentId, round: <the round's record>, seal: { seq, stage, at, previousSeal } }`.
 * `round` is taken as given (parsed JSON, not re-validated), so a member added to a published
 * record changes the hash as surely as a changed one.
 */
export function sealPayload(documentId: string, round: unknown, meta: SealMeta): string {
  return canonicalJson({
    documentId,
    round,
    seal: { seq: meta.seq, stage: meta.stage, at: meta.at, previousSeal: meta.previousSeal },
  });
}

/** Lower-case hex SHA-256 of a string's UTF-8 bytes, with WebCrypto (Node 20 and browsers). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The hash of a seal over a round's record: what the server stores and a verifier recomputes. */
export function sealHash(documentId: string, round: unknown, meta: SealMeta): Promise<string> {
  return sha256Hex(sealPayload(documentId, round, meta));
}

/** A new seal on a round's record, linked to the document's latest seal (`previous`). */
export async function nextSeal(props: {
  documentId: string;
  round: RoundRecord;
  stage: Seal["stage"];
  at: string;
  previous: Pick<Seal, "seq" | "hash"> | null;
}): Promise<Seal> {
  const meta = {
    seq: (props.previous?.seq ?? 0) + 1,
    stage: props.stage,
    at: props.at,
    previousSeal: props.previous?.hash ?? null,
  };
  return { ...meta, hash: await sealHash(props.documentId, props.round, meta) };
}
