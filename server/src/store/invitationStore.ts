import type { DocumentRole } from "../../../shared/permissions.ts";
import type { InvitationRevocation } from "../../../shared/schemas/index.ts";
import type { SqlDatabase } from "./database.ts";

/** A single-use, expiring invitation into a document role. Only a hash of its token is stored. */
export interface InvitationRecord {
  id: string;
  tokenHash: string;
  documentId: string;
  email: string;
  role: DocumentRole;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
  /** Why it was revoked (null while it is not). */
  revokedReason: InvitationRevocation | null;
}

interface InvitationRow {
  id: string;
  token_hash: string;
  document_id: string;
  email: string;
  role: DocumentRole;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
  revoked_reason: InvitationRevocation | null;
}

const toRecord = (r: InvitationRow): InvitationRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  documentId: r.document_id,
  email: r.email,
  role: r.role,
  invitedBy: r.invited_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedAt: r.accepted_at,
  acceptedBy: r.accepted_by,
  revokedAt: r.revoked_at,
  // Revocations from before reasons were stored were the owners' own.
  revokedReason: r.revoked_at ? (r.revoked_reason ?? "withdrawn") : null,
});

/** Data access for invitations and the mail outbox they write to. */
export interface InvitationStore {
  insert(record: InvitationRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined>;
  find(id: string): Promise<InvitationRecord | undefined>;
  /**
   * What the sharing dialog lists: invitations neither accepted nor expired that are pending,
   * or were revoked for a reason other than their owner withdrawing them.
   */
  openForDocument(documentId: string, now: string): Promise<InvitationRecord[]>;
  /** Marks it accepted unless it already was or was revoked; false when it was. */
  markAccepted(id: string, userId: string, at: string): Promise<boolean>;
  /** Revokes one not yet accepted (a revoked one takes the newer reason, keeping its time). */
  revoke(id: string, at: string, reason: InvitationRevocation): Promise<void>;
  /**
   * Revokes every pending invitation a person sent — on one document, or on all of them when
   * `documentId` is null — and returns how many.
   */
  revokePendingFrom(
    inviterId: string,
    documentId: string | null,
    at: string,
    reason: InvitationRevocation,
  ): Promise<number>;
  /** Queues a mail for whatever delivers mail later (no mail server is assumed). */
  queueMail(mail: { to: string; subject: string; body: string; at: string }): Promise<void>;
}

/** The SQL implementation of {@link InvitationStore}. */
export function createInvitationStore(db: SqlDatabase): InvitationStore {
  return {
    async insert(i) {
      await db.run(
        `INSERT INTO invitations (id, token_hash, document_id, email, role, invited_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [i.id, i.tokenHash, i.documentId, i.email, i.role, i.invitedBy, i.createdAt, i.expiresAt],
      );
    },
    async findByTokenHash(tokenHash) {
      const row = await db.get<InvitationRow>("SELECT * FROM invitations WHERE token_hash = ?", [
        tokenHash,
      ]);
      return row && toRecord(row);
    },
    async find(id) {
      const row = await db.get<InvitationRow>("SELECT * FROM invitations WHERE id = ?", [id]);
      return row && toRecord(row);
    },
    async openForDocument(documentId, now) {
      const rows = await db.all<InvitationRow>(
        `SELECT * FROM invitations WHERE document_id = ? AND accepted_at IS NULL AND expires_at > ?
         AND (revoked_at IS NULL OR revoked_reason IN ('inviter_lost_access', 'inviter_disabled'))
         ORDER BY created_at DESC`,
        [documentId, now],
      );
      return rows.map(toRecord);
    },
    async markAccepted(id, userId, at) {
      const result = await db.run(
        "UPDATE invitations SET accepted_at = ?, accepted_by = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL",
        [at, userId, id],
      );
      return result.changes === 1;
    },
    async revoke(id, at, reason) {
      await db.run(
        `UPDATE invitations SET revoked_at = COALESCE(revoked_at, ?), revoked_reason = ?
         WHERE id = ? AND accepted_at IS NULL`,
        [at, reason, id],
      );
    },
    async revokePendingFrom(inviterId, documentId, at, reason) {
      const result = await db.run(
        `UPDATE invitations SET revoked_at = ?, revoked_reason = ?
         WHERE invited_by = ? AND (CAST(? AS TEXT) IS NULL OR document_id = ?)
         AND accepted_at IS NULL AND revoked_at IS NULL`,
        [at, reason, inviterId, documentId, documentId],
      );
      return result.changes;
    },
    async queueMail(mail) {
      await db.run("INSERT INTO outbox (to_email, subject, body, created_at) VALUES (?, ?, ?, ?)", [
        mail.to,
        mail.subject,
        mail.body,
        mail.at,
      ]);
    },
  };
}
