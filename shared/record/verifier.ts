import { canonicalJson } from "./canonicalJson.ts";
import { sealHash } from "./seal.ts";

/** The outcome of checking a public record's seals. */
export type Verification =
  | { ok: true; documentId: string; rounds: number; seals: number; lastSeal: string | null }
  | {
      ok: false;
      /** The first round (by its number) that does not match; null when the record is unreadable. */
      round: number | null;
      reason: string;
    };

interface SealLike {
  seq: number;
  stage: string;
  at: string;
  previousSeal: string | null;
  hash: string;
}
interface RoundLike {
  number: number;
  record: Record<string, unknown>;
  seals: SealLike[];
}

const fail = (round: number | null, reason: string): Verification => ({ ok: false, round, reason });

/**
 * Recomputes a public record's chain of seals, as anyone can with their own tools: for each round,
 * in order, every seal must link to the seal before it (`previousSeal` = the hash of `seq - 1`,
 * across rounds; seqs 1, 2, 3 … without gaps), and the round's last seal must be the SHA-256 of the
 * canonical JSON of its record as published. From format 2 on, the document's title, form and
 * government body shown at the top must be those the first round's record seals. Answers the
 * first round that does not match and why. Takes the parsed JSON as it is, never re-validated, so
 * nothing added to a record goes unseen.
 */
export async function verifyRecord(json: unknown): Promise<Verification> {
  const shape = readShape(json);
  if (typeof shape === "string") return fail(null, shape);
  const { documentId, rounds } = shape;
  const unsealed = shape.formatVersion >= 2 ? unsealedDocumentField(shape) : null;
  if (unsealed) return fail(rounds[0]?.number ?? null, unsealed);

  const bySeq = new Map<number, SealLike>();
  for (const round of rounds) {
    for (const seal of round.seals) {
      if (bySeq.has(seal.seq)) return fail(round.number, `seal ${seal.seq} appears twice`);
      bySeq.set(seal.seq, seal);
    }
  }

  for (const round of rounds) {
    const problem = await checkRound(documentId, round, bySeq);
    if (problem) return fail(round.number, problem);
  }
  const last = bySeq.get(bySeq.size);
  return {
    ok: true,
    documentId,
    rounds: rounds.length,
    seals: bySeq.size,
    lastSeal: last?.hash ?? null,
  };
}

/** The first of the document's shown fields that differs from the first round's sealed one. */
function unsealedDocumentField(shape: RecordShape): string | null {
  const sealed = shape.rounds[0]?.record.document;
  if (!isObject(sealed)) {
    return shape.rounds.length === 0 ? null : "the first round's record seals no document";
  }
  for (const field of ["title", "form", "governmentBody"]) {
    const shown = shape.document[field];
    if (canonicalJson(shown ?? null) !== canonicalJson(sealed[field] ?? null)) {
      return `document.${field} ${JSON.stringify(shown)} is not the sealed ${JSON.stringify(sealed[field])}`;
    }
  }
  return null;
}

/** What is wrong with one round's seals, or null when they hold. */
async function checkRound(
  documentId: string,
  round: RoundLike,
  bySeq: Map<number, SealLike>,
): Promise<string | null> {
  if (round.seals.length === 0) {
    return round.record.closedAt == null ? null : "the round is closed but carries no seal";
  }
  let previousSeq = 0;
  for (const seal of round.seals) {
    if (seal.seq <= previousSeq) return `seal ${seal.seq} is out of order`;
    previousSeq = seal.seq;
    const before = seal.seq === 1 ? null : bySeq.get(seal.seq - 1);
    if (before === undefined) return `seal ${seal.seq - 1}, before seal ${seal.seq}, is missing`;
    const expected = before?.hash ?? null;
    if (seal.previousSeal !== expected) {
      return `seal ${seal.seq} does not link to ${expected === null ? "the start of the chain" : `seal ${seal.seq - 1}`} (previousSeal ${seal.previousSeal ?? "null"}, expected ${expected ?? "null"})`;
    }
  }
  const last = round.seals.at(-1) as SealLike;
  const computed = await sealHash(documentId, round.record, last);
  if (computed !== last.hash) {
    return `the record does not match its last seal ${last.seq} (sealed ${last.hash}, recomputed ${computed})`;
  }
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

interface RecordShape {
  formatVersion: number;
  documentId: string;
  document: Record<string, unknown>;
  rounds: RoundLike[];
}

/** The record formats this verifier knows (see PUBLIC_RECORD_FORMAT_VERSION). */
const KNOWN_FORMATS = [1, 2];

/** The parts of a record the verifier reads, or what is missing. */
function readShape(json: unknown): RecordShape | string {
  if (!isObject(json)) return "not a public record: expected a JSON object";
  const formatVersion = json.formatVersion;
  if (typeof formatVersion !== "number" || !KNOWN_FORMATS.includes(formatVersion)) {
    return `unknown formatVersion ${String(formatVersion)}`;
  }
  const document = json.document;
  if (!isObject(document) || typeof document.id !== "string") return "document.id is missing";
  if (!Array.isArray(json.rounds)) return "rounds is missing";
  const rounds: RoundLike[] = [];
  for (const [i, round] of json.rounds.entries()) {
    if (!isObject(round) || !isObject(round.record) || !Array.isArray(round.seals)) {
      return `rounds[${i}] has no record or seals`;
    }
    const number = round.record.number;
    if (typeof number !== "number") return `rounds[${i}].record.number is missing`;
    for (const [j, seal] of round.seals.entries()) {
      if (!isSeal(seal)) return `rounds[${i}].seals[${j}] is not a seal`;
    }
    rounds.push({ number, record: round.record, seals: round.seals as SealLike[] });
  }
  return { formatVersion, documentId: document.id, document, rounds };
}

function isSeal(v: unknown): v is SealLike {
  return (
    isObject(v) &&
    Number.isInteger(v.seq) &&
    typeof v.stage === "string" &&
    typeof v.at === "string" &&
    (v.previousSeal === null || typeof v.previousSeal === "string") &&
    typeof v.hash === "string"
  );
}

/** One line for people: "OK: …" or "FAILED: round N: …". */
export function describeVerification(result: Verification): string {
  if (result.ok) {
    return `OK: ${result.rounds} round(s), ${result.seals} seal(s) of document ${result.documentId} match; last seal ${result.lastSeal ?? "(none)"}`;
  }
  return `FAILED: ${result.round === null ? "record" : `round ${result.round}`}: ${result.reason}`;
}
