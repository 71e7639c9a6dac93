import type { Seal, SealStage } from "../../../shared/schemas/index.ts";
import type { SqlDatabase } from "./database.ts";

/** A stored seal: the public seal, the round it covers and the hash of that round's record. */
export interface SealRecord extends Seal {
  documentId: string;
  roundNumber: number;
  /** SHA-256 of the canonical JSON of the round's record alone, to skip a seal that adds nothing. */
  recordHash: string;
}

interface SealRow {
  document_id: string;
  seq: number;
  round_number: number;
  stage: SealStage;
  at: string;
  previous_seal: string | null;
  hash: string;
  record_hash: string;
}

const toRecord = (row: SealRow): SealRecord => ({
  documentId: row.document_id,
  seq: row.seq,
  roundNumber: row.round_number,
  stage: row.stage,
  at: row.at,
  previousSeal: row.previous_seal,
  hash: row.hash,
  recordHash: row.record_hash,
});

/** The append-only chain of seals of each document (the database refuses updates and deletes). */
export interface SealStore {
  /**
   * Appends a seal; false (and nothing stored) when the document already has a seal with its
   * `seq` — another process sealed first, so the caller links to the new latest seal instead.
   */
  append(seal: SealRecord): Promise<boolean>;
  /** Every seal of a document, by seq. */
  list(documentId: string): Promise<SealRecord[]>;
  /** The document's latest seal, the one a new seal links to. */
  latest(documentId: string): Promise<SealRecord | undefined>;
  /** The latest seal of one round. */
  latestOfRound(documentId: string, roundNumber: number): Promise<SealRecord | undefined>;
}

/** The SQL implementation of {@link SealStore}. */
export function createSealStore(db: SqlDatabase): SealStore {
  return {
    async append(s) {
      const { changes } = await db.run(
        `INSERT INTO seals (document_id, seq, round_number, stage, at, previous_seal, hash, record_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, seq) DO NOTHING`,
        [s.documentId, s.seq, s.roundNumber, s.stage, s.at, s.previousSeal, s.hash, s.recordHash],
      );
      return changes === 1;
    },
    async list(documentId) {
      const rows = await db.all<SealRow>("SELECT * FROM seals WHERE document_id = ? ORDER BY seq", [
        documentId,
      ]);
      return rows.map(toRecord);
    },
    async latest(documentId) {
      const row = await db.get<SealRow>(
        "SELECT * FROM seals WHERE document_id = ? ORDER BY seq DESC LIMIT 1",
        [documentId],
      );
      return row && toRecord(row);
    },
    async latestOfRound(documentId, roundNumber) {
      const row = await db.get<SealRow>(
        "SELECT * FROM seals WHERE document_id = ? AND round_number = ? ORDER BY seq DESC LIMIT 1",
        [documentId, roundNumber],
      );
      return row && toRecord(row);
    },
  };
}
