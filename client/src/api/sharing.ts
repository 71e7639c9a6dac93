import type { DocumentRole } from "../../../shared/permissions.ts";
import { RoleAssignmentSchema } from "../../../shared/schemas/index.ts";
import { requestJson, requestNoContent, segment } from "./client.ts";
import {
  type InvitationCreated,
  InvitationCreatedSchema,
  type PendingInvitation,
  PendingInvitationListSchema,
  type RoleAssignment,
  RoleAssignmentListSchema,
} from "./responses.ts";

const documentPath = (documentId: string) => `/api/documents/${segment(documentId)}`;

/** Who has which role on a draft. */
export async function listRoles(
  documentId: string,
  signal?: AbortSignal,
): Promise<RoleAssignment[]> {
  return (
    await requestJson(`${documentPath(documentId)}/roles`, RoleAssignmentListSchema, { signal })
  ).roles;
}

/** Gives a person a role on a draft (or changes it). */
export function setRole(
  documentId: string,
  userId: string,
  role: DocumentRole,
): Promise<RoleAssignment> {
  return requestJson(`${documentPath(documentId)}/roles/${segment(userId)}`, RoleAssignmentSchema, {
    method: "PUT",
    body: { role },
  });
}

/** Takes a person's role away; 409 `last_owner` for the only owner. */
export function removeRole(documentId: string, userId: string): Promise<void> {
  return requestNoContent(`${documentPath(documentId)}/roles/${segment(userId)}`, {
    method: "DELETE",
  });
}

/** Invites someone by email; the answer carries the link to pass on to them. */
export function createInvitation(
  documentId: string,
  input: { email: string; role: DocumentRole },
): Promise<InvitationCreated> {
  return requestJson(`${documentPath(documentId)}/invitations`, InvitationCreatedSchema, {
    method: "POST",
    body: input,
  });
}

/** Invitations sent but not yet accepted. */
export async function listInvitations(
  documentId: string,
  signal?: AbortSignal,
): Promise<PendingInvitation[]> {
  return (
    await requestJson(`${documentPath(documentId)}/invitations`, PendingInvitationListSchema, {
      signal,
    })
  ).invitations;
}

/** Withdraws an invitation so its link stops working. */
export function revokeInvitation(documentId: string, invitationId: string): Promise<void> {
  return requestNoContent(`${documentPath(documentId)}/invitations/${segment(invitationId)}`, {
    method: "DELETE",
  });
}
