import { z } from "zod";
import { DOCUMENT_ROLES } from "../../../shared/permissions.ts";
import {
  DocumentIdSchema,
  INVITATION_REVOCATIONS,
  OrganisationSchema,
  RoleAssignmentSchema,
} from "../../../shared/schemas/index.ts";

/*
 * Shapes of API answers that `shared/schemas` does not describe (yet), built from the shared
 * pieces so they cannot drift apart from them. Candidates to move into `shared/`.
 */

const role = z.enum(DOCUMENT_ROLES);

/** `GET /api/setup`. */
export const SetupStatusSchema = z.object({ needed: z.boolean() });

/** `GET /api/organisations`. */
export const OrganisationListSchema = z.object({ organisations: z.array(OrganisationSchema) });

/** A member as an organisation's page lists them. */
export const OrganisationMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  affiliation: z.string(),
});
export type OrganisationMember = z.infer<typeof OrganisationMemberSchema>;

/** `GET /api/organisations/:id`. */
export const OrganisationDetailSchema = OrganisationSchema.extend({
  members: z.array(OrganisationMemberSchema),
});
export type OrganisationDetail = z.infer<typeof OrganisationDetailSchema>;

/** An account as the administration page lists it. */
export const AdminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  organisations: z.array(OrganisationSchema),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

/** `GET /api/admin/users`. */
export const AdminUserListSchema = z.object({ users: z.array(AdminUserSchema) });

/** One person's role on a draft (`shared/` exports only the schema). */
export type RoleAssignment = z.infer<typeof RoleAssignmentSchema>;

/** `GET /api/documents/:id/roles`. */
export const RoleAssignmentListSchema = z.object({ roles: z.array(RoleAssignmentSchema) });

/** `POST /api/documents/:id/invitations`: the link to pass on (there is no mail server). */
export const InvitationCreatedSchema = z.object({
  id: z.string(),
  email: z.string(),
  role,
  link: z.string(),
  expiresAt: z.string(),
});
export type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

/**
 * One invitation not yet accepted, as the sharing dialog lists it: pending, or revoked because
 * its sender may no longer share the draft (or was disabled).
 */
export const PendingInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role,
  expiresAt: z.string(),
  invitedBy: z.string(),
  status: z.enum(["pending", "revoked"]),
  revokedReason: z.enum(INVITATION_REVOCATIONS).nullable(),
});
export type PendingInvitation = z.infer<typeof PendingInvitationSchema>;

/** `GET /api/documents/:id/invitations`. */
export const PendingInvitationListSchema = z.object({
  invitations: z.array(PendingInvitationSchema),
});

/** `GET /api/invitations/:token`: what the invitation offers, readable without signing in. */
export const InvitationViewSchema = z.object({
  documentTitle: z.string(),
  role,
  email: z.string(),
  inviterName: z.string(),
  accountExists: z.boolean(),
  status: z.enum(["pending", "accepted", "expired", "revoked"]),
});
export type InvitationView = z.infer<typeof InvitationViewSchema>;

/** `POST /api/invitations/:token/accept`. */
export const InvitationAcceptedSchema = z.object({ documentId: DocumentIdSchema });
