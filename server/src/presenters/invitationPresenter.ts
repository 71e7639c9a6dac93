import type { InvitationRecord } from "../store/index.ts";

/**
 * An invitation as its document's owners see it (never the token): pending, or revoked with the
 * reason (its sender may no longer share the draft, or was disabled).
 */
export function presentInvitation(record: InvitationRecord) {
  return {
    id: record.id,
    email: record.email,
    role: record.role,
    expiresAt: record.expiresAt,
    invitedBy: record.invitedBy,
    status: record.revokedAt ? ("revoked" as const) : ("pending" as const),
    revokedReason: record.revokedReason,
  };
}
