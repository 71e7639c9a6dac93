import { grantsAllOf } from "../../../shared/permissions.ts";
import type { AccessEvents } from "../auth/accessEvents.ts";
import { hashToken } from "../auth/tokens.ts";
import { HttpError } from "../errors.ts";
import type { InvitationRecord, Store, UserRecord } from "../store/index.ts";
import { accountCreator } from "./accountCreator.ts";
import { inviterLapse } from "./lapsedInvitationRevoker.ts";

/** Where an invitation stands. */
export type InvitationStatus = "pending" | "accepted" | "expired" | "revoked";

/** Finds an invitation by the token from its link; 404 for an unknown one. */
export async function findInvitation(store: Store, token: string, now = new Date()) {
  const invitation = await store.invitations.findByTokenHash(hashToken(token));
  if (!invitation) {
    throw new HttpError(404, "invitation_not_found", "This invitation link is not valid.");
  }
  const status: InvitationStatus = invitation.acceptedAt
    ? "accepted"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt <= now.toISOString()
        ? "expired"
        : "pending";
  return { invitation, status };
}

const NOT_PENDING: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invitation has already been used.",
  expired: "This invitation has expired.",
  revoked: "This invitation was revoked: ask the draft's owners for a new one.",
};

/**
 * Refuses (410 `invitation_<status>`) an invitation that is not pending, or whose sender may no
 * longer grant what it offers — which revokes it for good, so the sharing dialog shows it so.
 */
async function requireGrantable(
  store: Store,
  invitation: InvitationRecord,
  status: InvitationStatus,
) {
  if (status !== "pending") {
    throw new HttpError(410, `invitation_${status}`, NOT_PENDING[status]);
  }
  const lapse = await inviterLapse(store, invitation);
  if (lapse) {
    await store.invitations.revoke(invitation.id, new Date().toISOString(), lapse);
    throw new HttpError(410, "invitation_revoked", NOT_PENDING.revoked);
  }
}

/**
 * Accepts an invitation once: as the signed-in account with the invited email, or
 * by creating that account when none exists. Grants the role and reports whether
 * an account was created (the caller then signs it in).
 */
export async function invitationAccepter(props: {
  store: Store;
  accessEvents: AccessEvents;
  token: string;
  signedIn: UserRecord | null;
  name?: string;
  password?: string;
}): Promise<{ invitation: InvitationRecord; user: UserRecord; created: boolean }> {
  const { store } = props;
  const { invitation, status } = await findInvitation(store, props.token);
  await requireGrantable(store, invitation, status);
  let user = await store.users.findByEmail(invitation.email);
  let created = false;
  if (user) {
    if (!props.signedIn)
      throw new HttpError(401, "unauthenticated", "Sign in as the invited account to accept.");
    if (props.signedIn.id !== user.id) {
      throw new HttpError(403, "wrong_account", "This invitation is for another account.");
    }
  } else {
    if (props.signedIn)
      throw new HttpError(403, "wrong_account", "This invitation is for another email address.");
    if (!props.name)
      throw new HttpError(400, "invalid_request", "name: required to create your account", "name");
    if (!props.password)
      throw new HttpError(
        400,
        "invalid_request",
        "password: required to create your account",
        "password",
      );
    user = await accountCreator({
      store,
      email: invitation.email,
      name: props.name,
      password: props.password,
    });
    created = true;
  }
  const at = new Date().toISOString();
  if (!(await store.invitations.markAccepted(invitation.id, user.id, at))) {
    // Someone was first, or it was revoked meanwhile.
    const now = await store.invitations.find(invitation.id);
    const lost = now?.revokedAt && !now.acceptedAt ? "revoked" : "accepted";
    throw new HttpError(410, `invitation_${lost}`, NOT_PENDING[lost]);
  }
  const current = await store.roles.roleOf(invitation.documentId, user.id);
  // An invitation never lowers a role someone already has.
  if (!grantsAllOf(current, invitation.role)) {
    await store.roles.put({
      documentId: invitation.documentId,
      userId: user.id,
      role: invitation.role,
      grantedBy: invitation.invitedBy,
      grantedAt: at,
    });
    props.accessEvents.documentAccessChanged(invitation.documentId, user.id);
  }
  return { invitation, user, created };
}
