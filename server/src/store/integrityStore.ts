import type { SqlDatabase } from "./database.ts";

/** A closed round whose stored record no longer matched its last seal. */
export interface IntegrityAlert {
  id: number;
  documentId: string;
  roundNumber: number;
  /** What did not match, for the administrators who investigate. */
  detail: string;
  detectedAt: string;
}

interface AlertRow {
  id: number;
  document_id: string;
  round_number: number;
  detail: string;
  detected_at: string;
}

const toAlert = (row: AlertRow): IntegrityAlert => ({
  id: row.id,
  documentId: row.document_id,
  roundNumber: row.round_number,
  detail: row.detail,
  detectedAt: row.detected_at,
});

/**
 * Alerts about sealed records found altered. An open alert freezes its document's records: the
 * sealer refuses to seal over them until an administrator has restored the data and resolved it
 * in the database (there is no button for that on purpose).
 */
export interface IntegrityStore {
  /** Records the alert and writes an e-mail to every active administrator. */
  raise(alert: Omit<IntegrityAlert, "id">): Promise<void>;
  /** The unresolved alerts, of one document or of all, oldest first. */
  open(documentId?: string): Promise<IntegrityAlert[]>;
}

/** The SQL implementation of {@link IntegrityStore}. */
export function createIntegrityStore(db: SqlDatabase): IntegrityStore {
  return {
    async raise(a) {
      const subject = `Rembuk: the sealed record of ${a.documentId} round ${a.roundNumber} was altered`;
      const body = `The stored record of round ${a.roundNumber} of document ${a.documentId} no longer matches its last seal (${a.detail}). Nothing more will be sealed on this document until the data is restored from a backup and the alert is resolved.`;
      await db.transaction(async (tx) => {
        await tx.run(
          "INSERT INTO integrity_alerts (document_id, round_number, detail, detected_at) VALUES (?, ?, ?, ?)",
          [a.documentId, a.roundNumber, a.detail, a.detectedAt],
        );
        await tx.run(
          `INSERT INTO outbox (to_email, subject, body, created_at)
           SELECT email, ?, ?, ? FROM users WHERE is_admin = 1 AND disabled_at IS NULL`,
          [subject, body, a.detectedAt],
        );
      });
    },
    async open(documentId) {
      const rows = await db.all<AlertRow>(
        `SELECT * FROM integrity_alerts WHERE resolved_at IS NULL
         ${documentId === undefined ? "" : "AND document_id = ?"} ORDER BY id`,
        documentId === undefined ? [] : [documentId],
      );
      return rows.map(toAlert);
    },
  };
}
