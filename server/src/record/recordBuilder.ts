import {
  PUBLIC_RECORD_FORMAT_VERSION,
  type PublicRecord,
  type RoundRecord,
} from "../../../shared/schemas/index.ts";
import type { Store, RoundRecord as StoredRound } from "../store/index.ts";
import { isPublished } from "./publication.ts";
import { buildRoundRecord, readMaterial } from "./roundRecordBuilder.ts";
import { consultationStatistics, roundStatistics } from "./statistics.ts";

/** A document's rounds the public may see at `now`, oldest first; empty when none. */
export async function publishedRounds(
  store: Store,
  documentId: string,
  now: Date,
): Promise<StoredRound[]> {
  return (await store.rounds.list(documentId)).filter((r) => isPublished(r, now));
}

/**
 * The public record of a consultation (`GET /api/public/consultations/:documentId/record`):
 * every published round with its sealed record, its seals and statistics. Undefined when the
 * document does not exist or has no published round, so that an unpublished draft is
 * indistinguishable from none. Never reads the live draft. What it shows of the document (title,
 * form, government body) is what the first round's record seals.
 */
export async function buildPublicRecord(props: {
  store: Store;
  documentId: string;
  now: Date;
}): Promise<PublicRecord | undefined> {
  const { store, documentId, now } = props;
  const document = await store.documents.find(documentId);
  if (!document) return undefined;
  const rounds = await publishedRounds(store, documentId, now);
  const first = rounds[0];
  if (!first) return undefined;
  const [material, seals] = await Promise.all([
    readMaterial(store, documentId),
    store.seals.list(documentId),
  ]);
  const records: RoundRecord[] = [];
  for (const round of rounds) records.push(await buildRoundRecord(store, round, material));
  return {
    formatVersion: PUBLIC_RECORD_FORMAT_VERSION,
    generatedAt: now.toISOString(),
    document: { id: document.id, ...(records[0]?.document ?? material.document) },
    rounds: records.map((record) => ({
      record,
      seals: seals
        .filter((s) => s.roundNumber === record.number)
        .map(({ seq, stage, at, previousSeal, hash }) => ({ seq, stage, at, previousSeal, hash })),
      statistics: roundStatistics(record, now),
    })),
    statistics: consultationStatistics(records, now),
  };
}
