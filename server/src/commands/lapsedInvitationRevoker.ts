import type { InvitationRevocation } from "../../../shared/schemas/index.ts";
import { documentAccess } from "../policies/documentPolicy.ts";
import type { InvitationRecord, Store } from "../store/index.ts";

/**
 * Why an invitation's sender may no longer grant what it offers — disabled, or no longer
 * holding `document.share` on its document — or null when they still may. An invitation never
 * grants more than its sender may grant at the moment it is accepted.
 */
export async function inviterLapse(
  store: Store,
  invitation: Pick<InvitationRecord, "invitedBy" | "documentId">,
): Promise<InvitationRevocation | null> {
  const inviter = await store.users.find(invitation.invitedBy);
  if (!inviter || inviter.disabledAt) return "inviter_disabled";
  const access = await documentAccess(store, inviter, invitation.documentId);
  return access.can("document.share") ? null : "inviter_lost_access";
}

/**
 * After a person's role on a document was lowered or removed: when they may no longer share it,
 * revokes every invitation they sent there that is still pending, so none of them can later
 * make someone owner (or anything else) on their authority. Returns how many it revoked.
 */
export async function lapsedInvitationRevoker(props: {
  store: Store;
  documentId: string;
  inviterId: string;
  now?: Date;
}): Promise<number> {
  const { store, documentId, inviterId } = props;
  const lapse = await inviterLapse(store, { invitedBy: inviterId, documentId });
  if (!lapse) return 0;
  const at = (props.now ?? new Date()).toISOString();
  return store.invitations.revokePendingFrom(inviterId, documentId, at, lapse);
}
