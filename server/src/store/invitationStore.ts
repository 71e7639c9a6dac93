import type { DocumentRole } from "../../../shared/permissions.ts";
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
});

/** Data access for invitations and the mail outbox they write to. */
export interface InvitationStore {
  insert(record: InvitationRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined>;
  find(id: string): Promise<InvitationRecord | undefined>;
  pendingForDocument(documentId: string, now: string): Promise<InvitationRecord[]>;
  /** Marks it accepted unless it already was; false when someone was first. */
  markAccepted(id: string, userId: string, at: string): Promise<boolean>;
  revoke(id: string, at: string): Promise<void>;
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
    async pendingForDocument(documentId, now) {
      const rows = await db.all<InvitationRow>(
        `SELECT * FROM invitations WHERE document_id = ? AND accepted_at IS NULL AND revoked_at IS NULL
         AND expires_at > ? ORDER BY created_at DESC`,
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
    async revoke(id, at) {
      await db.run("UPDATE invitations SET revoked_at = ? WHERE id = ? AND accepted_at IS NULL", [
        at,
        id,
      ]);
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
