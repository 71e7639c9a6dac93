import type { DocumentRole } from "../../../shared/permissions.ts";
import { hashToken, newId, newToken } from "../auth/tokens.ts";
import type { DocumentRecord, InvitationRecord, Store, UserRecord } from "../store/index.ts";

/** How long an invitation link stays valid. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites someone by email into a document role: a single-use, expiring link the
 * inviter copies, and the same message queued in the outbox for mail delivery.
 */
export async function invitationCreator(props: {
  store: Store;
  document: DocumentRecord;
  inviter: UserRecord;
  email: string;
  role: DocumentRole;
  baseUrl: string;
  now?: Date;
}): Promise<{ invitation: InvitationRecord; link: string }> {
  const now = props.now ?? new Date();
  const token = newToken();
  const invitation: InvitationRecord = {
    id: newId(),
    tokenHash: hashToken(token),
    documentId: props.document.id,
    email: props.email.toLowerCase(),
    role: props.role,
    invitedBy: props.inviter.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
    acceptedAt: null,
    acceptedBy: null,
    revokedAt: null,
    revokedReason: null,
  };
  const link = `${props.baseUrl}/invitations/${token}`;
  await props.store.invitations.insert(invitation);
  await props.store.invitations.queueMail({
    to: invitation.email,
    subject: `Undangan / Invitation: ${props.document.title}`,
    body: `${props.inviter.name} invites you as ${props.role} to "${props.document.title}" on Rembuk.\n${link}\n`,
    at: now.toISOString(),
  });
  return { invitation, link };
}
