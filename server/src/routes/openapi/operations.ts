import type { z } from "zod";
import {
  DocumentCreateSchema,
  InvitationAcceptSchema,
  InvitationCreateSchema,
  LoginSchema,
  MembershipCreateSchema,
  OrganisationCreateSchema,
  OrganisationVerificationSchema,
  ProfileUpdateSchema,
  RoleGrantSchema,
  SetupSchema,
  UserCreateSchema,
  UserUpdateSchema,
} from "../../../../shared/schemas/index.ts";

/** Who may call an operation, as the OpenAPI document states it. */
type Access = "public" | "signed-in" | "administrator" | "document role";

/** One API operation: the table the OpenAPI document is generated from. */
export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Express-style path, e.g. `/api/documents/:documentId`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  body?: z.ZodType;
  /** Status of a successful answer. */
  success: number;
}

/**
 * Every route of the API. A test compares this table with the routes the app
 * really registers, so a new route cannot be left out of the OpenAPI document.
 */
export const OPERATIONS: Operation[] = [
  {
    method: "GET",
    path: "/api/health",
    summary: "Ready once the store is open",
    tag: "system",
    access: "public",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/openapi.json",
    summary: "This OpenAPI document",
    tag: "system",
    access: "public",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/auth/login",
    summary: "Sign in; sets the session cookie",
    tag: "accounts",
    access: "public",
    body: LoginSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/api/auth/logout",
    summary: "Sign out this browser",
    tag: "accounts",
    access: "public",
    success: 204,
  },
  {
    method: "POST",
    path: "/api/auth/logout-everywhere",
    summary: "End every session and socket of this person",
    tag: "accounts",
    access: "signed-in",
    success: 204,
  },
  {
    method: "GET",
    path: "/api/me",
    summary: "The signed-in person",
    tag: "accounts",
    access: "signed-in",
    success: 200,
  },
  {
    method: "PATCH",
    path: "/api/me",
    summary: "Update the public profile and declaration of interests",
    tag: "accounts",
    access: "signed-in",
    body: ProfileUpdateSchema,
    success: 200,
  },
  {
    method: "GET",
    path: "/api/setup",
    summary: "Whether first-run setup is waiting",
    tag: "accounts",
    access: "public",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/setup",
    summary: "Create the first administrator with the one-time token",
    tag: "accounts",
    access: "public",
    body: SetupSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/api/organisations",
    summary: "All organisations",
    tag: "organisations",
    access: "signed-in",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/organisations",
    summary: "Register an organisation (unverified); the caller becomes a member",
    tag: "organisations",
    access: "signed-in",
    body: OrganisationCreateSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/api/organisations/:organisationId",
    summary: "One organisation and its members",
    tag: "organisations",
    access: "signed-in",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/admin/users",
    summary: "All accounts",
    tag: "administration",
    access: "administrator",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/admin/users",
    summary: "Create an account",
    tag: "administration",
    access: "administrator",
    body: UserCreateSchema,
    success: 201,
  },
  {
    method: "PATCH",
    path: "/api/admin/users/:userId",
    summary: "Make administrator, disable or enable an account",
    tag: "administration",
    access: "administrator",
    body: UserUpdateSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/api/admin/organisations/:organisationId/verification",
    summary: "Verify or unverify an organisation",
    tag: "administration",
    access: "administrator",
    body: OrganisationVerificationSchema,
    success: 200,
  },
  {
    method: "POST",
    path: "/api/admin/organisations/:organisationId/members",
    summary: "Add a member to an organisation",
    tag: "administration",
    access: "administrator",
    body: MembershipCreateSchema,
    success: 204,
  },
  {
    method: "GET",
    path: "/api/documents",
    summary: "Documents the caller has a role on",
    tag: "documents",
    access: "signed-in",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/documents",
    summary: "Start a draft (verified government organisation or administrator)",
    tag: "documents",
    access: "signed-in",
    body: DocumentCreateSchema,
    success: 201,
  },
  {
    method: "GET",
    path: "/api/documents/:documentId",
    summary: "One document with the caller's role",
    tag: "documents",
    access: "document role",
    success: 200,
  },
  {
    method: "GET",
    path: "/api/documents/:documentId/roles",
    summary: "Who has which role",
    tag: "sharing",
    access: "document role",
    success: 200,
  },
  {
    method: "PUT",
    path: "/api/documents/:documentId/roles/:userId",
    summary: "Grant or change a role (owners)",
    tag: "sharing",
    access: "document role",
    body: RoleGrantSchema,
    success: 200,
  },
  {
    method: "DELETE",
    path: "/api/documents/:documentId/roles/:userId",
    summary: "Revoke a role (owners); open sockets close at once",
    tag: "sharing",
    access: "document role",
    success: 204,
  },
  {
    method: "GET",
    path: "/api/documents/:documentId/invitations",
    summary: "Pending invitations (owners)",
    tag: "sharing",
    access: "document role",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/documents/:documentId/invitations",
    summary: "Invite by email into a role; returns the single-use link",
    tag: "sharing",
    access: "document role",
    body: InvitationCreateSchema,
    success: 201,
  },
  {
    method: "DELETE",
    path: "/api/documents/:documentId/invitations/:invitationId",
    summary: "Revoke an invitation (owners)",
    tag: "sharing",
    access: "document role",
    success: 204,
  },
  {
    method: "GET",
    path: "/api/invitations/:token",
    summary: "What an invitation link offers",
    tag: "sharing",
    access: "public",
    success: 200,
  },
  {
    method: "POST",
    path: "/api/invitations/:token/accept",
    summary: "Accept an invitation, creating the account if needed",
    tag: "sharing",
    access: "public",
    body: InvitationAcceptSchema,
    success: 200,
  },
];
