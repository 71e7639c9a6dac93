import { canonicalJson } from "../../../shared/record/canonicalJson.ts";
import { sha256Hex } from "../../../shared/record/seal.ts";
import type { RoundRecord } from "../../../shared/schemas/index.ts";
import { HttpError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { Store } from "../store/index.ts";
import { buildRoundRecord, type DocumentMaterial, readMaterial } from "./roundRecordBuilder.ts";

/** 409 `record_tampered`: a sealed record of the document no longer matches its seal. */
export function recordTampered(documentId: string): HttpError {
  return new HttpError(
    409,
    "record_tampered",
    `The sealed public record of ${documentId} no longer matches its seals; nothing more is sealed on it until administrators have restored it.`,
  );
}

/** SHA-256 of a round record's canonical JSON: what a seal row keeps as `recordHash`. */
export function recordHashOf(record: unknown): Promise<string> {
  return sha256Hex(canonicalJson(record));
}

/**
 * The round record as format 1 sealed it, before each round sealed its document and each answer
 * its earlier wordings: a seal made before the upgrade is checked against this.
 */
export function formatOneRecord(record: RoundRecord): unknown {
  const { document: _document, comments, ...rest } = record;
  return { ...rest, comments: comments.map(({ answerRevisions: _revisions, ...c }) => c) };
}

/** How a closed round's stored record compares with its last seal. */
export type SealMatch = "sealed" | "format_one" | "altered";

/** Compares a round's record as rebuilt from the store with the hash its last seal kept. */
export async function matchSeal(record: RoundRecord, recordHash: string): Promise<SealMatch> {
  if ((await recordHashOf(record)) === recordHash) return "sealed";
  if ((await recordHashOf(formatOneRecord(record))) === recordHash) return "format_one";
  return "altered";
}

/**
 * Refuses (409 `record_tampered`) unless every sealed round of the document still rebuilds, from
 * the rows in the store, to exactly the record its last seal covers: so that a seal never covers
 * rows someone changed behind the app's back. The first mismatch raises an integrity alert
 * (administrators are e-mailed and see it on the health check) and logs an error; while an alert
 * is open the document stays frozen. Answers, per round, how the record matched.
 */
export async function requireIntact(props: {
  store: Store;
  documentId: string;
  at: string;
  log?: Logger;
}): Promise<Map<number, SealMatch>> {
  const { store, documentId } = props;
  if ((await store.integrity.open(documentId)).length > 0) throw recordTampered(documentId);
  const matches = new Map<number, SealMatch>();
  let material: DocumentMaterial | undefined;
  for (const round of await store.rounds.list(documentId)) {
    const last = await store.seals.latestOfRound(documentId, round.number);
    if (!last) continue;
    material ??= await readMaterial(store, documentId);
    const match = await matchSeal(await buildRoundRecord(store, round, material), last.recordHash);
    if (match === "altered") {
      const detail = `round ${round.number} no longer hashes to seal ${last.seq} (${last.recordHash})`;
      props.log?.error(
        { documentId, round: round.number, seal: last.seq, alert: "record_tampered" },
        `INTEGRITY ALERT: the stored record of ${documentId} ${detail}; sealing refused`,
      );
      await store.integrity.raise({
        documentId,
        roundNumber: round.number,
        detail,
        detectedAt: props.at,
      });
      throw recordTampered(documentId);
    }
    matches.set(round.number, match);
  }
  return matches;
}
