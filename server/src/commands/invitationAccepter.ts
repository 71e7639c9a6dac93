import type { AccessEvents } from "../auth/accessEvents.ts";
import { hashToken } from "../auth/tokens.ts";
import { HttpError } from "../errors.ts";
import type { InvitationRecord, Store, UserRecord } from "../store/index.ts";
import { accountCreator } from "./accountCreator.ts";

/** Where an invitation stands. */
export type InvitationStatus = "pending" | "accepted" | "expired";

/** Finds an invitation by the token from its link; 404 for an unknown or revoked one. */
export async function findInvitation(store: Store, token: string, now = new Date()) {
  const invitation = await store.invitations.findByTokenHash(hashToken(token));
  if (!invitation || invitation.revokedAt) {
    throw new HttpError(404, "invitation_not_found", "This invitation link is not valid.");
  }
  const status: InvitationStatus = invitation.acceptedAt
    ? "accepted"
    : invitation.expiresAt <= now.toISOString()
      ? "expired"
      : "pending";
  return { invitation, status };
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
  if (status !== "pending") {
    throw new HttpError(
      410,
      `invitation_${status}`,
      `This invitation has ${status === "expired" ? "expired" : "already been used"}.`,
    );
  }
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
    throw new HttpError(410, "invitation_accepted", "This invitation has already been used.");
  }
  const current = await store.roles.roleOf(invitation.documentId, user.id);
  // An invitation never lowers a role someone already has.
  if (current !== "owner") {
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
