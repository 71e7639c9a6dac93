import type { InvitationRecord } from "../store/index.ts";

/** A pending invitation as its document's owners see it (never the token). */
export function presentInvitation(record: InvitationRecord) {
  return {
    id: record.id,
    email: record.email,
    role: record.role,
    expiresAt: record.expiresAt,
    invitedBy: record.invitedBy,
  };
}
