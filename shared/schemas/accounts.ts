import { z } from "zod";
import { DOCUMENT_ROLES } from "../permissions.ts";

/** Kinds of organisation a person can belong to. */
export const ORGANISATION_KINDS = [
  "government",
  "civil_society",
  "academic",
  "business",
  "community",
  "individual",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

const email = z.string().trim().toLowerCase().max(254).email("must be an email address");
const password = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(200, "must be at most 200 characters");
const personName = z.string().trim().min(1, "must not be empty").max(120);
const freeText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id");

/** `POST /api/auth/login`. */
export const LoginSchema = z.strictObject({ email, password: z.string().min(1).max(200) });

/** `POST /api/setup`: the first administrator, with the one-time token from the server log. */
export const SetupSchema = z.strictObject({
  token: z.string().min(1).max(200),
  email,
  password,
  name: personName,
});

/** `PATCH /api/me`: the public profile. */
export const ProfileUpdateSchema = z.strictObject({
  name: personName.optional(),
  affiliation: freeText(200).optional(),
  interests: freeText(2000).optional(),
});

/** An organisation as everyone may see it. */
export const OrganisationSchema = z.object({
  id,
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  verified: z.boolean(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** `POST /api/organisations`. */
export const OrganisationCreateSchema = z.strictObject({
  name: z.string().trim().min(2, "must be at least 2 characters").max(200),
  kind: z.enum(ORGANISATION_KINDS),
});

/** `POST /api/admin/organisations/:id/verification`. */
export const OrganisationVerificationSchema = z.strictObject({ verified: z.boolean() });

/** `POST /api/admin/organisations/:id/members`. */
export const MembershipCreateSchema = z.strictObject({ email });

/** One change of a person's public name or declared affiliation, and when it was made. */
export const ProfileChangeSchema = z.object({
  field: z.enum(["name", "affiliation"]),
  from: z.string(),
  to: z.string(),
  at: z.string(),
});
export type ProfileChange = z.infer<typeof ProfileChangeSchema>;

/**
 * `GET /api/people/:personId`: a person as anyone may see them: name, organisations (only a
 * verified one speaks for its members), the affiliation and interests they declared, and every
 * earlier name and affiliation with its date, so nobody can quietly take another's identity.
 */
export const PublicProfileSchema = z.object({
  id,
  name: z.string(),
  affiliation: z.string(),
  interests: z.string(),
  organisations: z.array(OrganisationSchema),
  history: z.array(ProfileChangeSchema),
});
export type PublicProfile = z.infer<typeof PublicProfileSchema>;

/** The signed-in person, as `GET /api/me` returns them. */
export const MeSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  affiliation: z.string(),
  interests: z.string(),
  isAdmin: z.boolean(),
  organisations: z.array(OrganisationSchema),
});
export type Me = z.infer<typeof MeSchema>;

/** `POST /api/admin/users`: an administrator creates an account. */
export const UserCreateSchema = z.strictObject({
  email,
  name: personName,
  password,
  isAdmin: z.boolean().optional(),
  organisationId: id.optional(),
});

/** `PATCH /api/admin/users/:id`. */
export const UserUpdateSchema = z.strictObject({
  isAdmin: z.boolean().optional(),
  disabled: z.boolean().optional(),
});

/** A document role as a request names it. */
export const DocumentRoleSchema = z.enum(DOCUMENT_ROLES);

/** `PUT /api/documents/:documentId/roles/:userId`. */
export const RoleGrantSchema = z.strictObject({ role: DocumentRoleSchema });

/** One person's role on a document, as the sharing dialog lists it. */
export const RoleAssignmentSchema = z.object({
  userId: id,
  name: z.string(),
  email: z.string(),
  role: DocumentRoleSchema,
});

/**
 * Why an invitation was revoked: its owner withdrew it, or the person who sent it may no longer
 * share the document (their role was lowered or removed) or was disabled — an invitation never
 * grants more than its sender may grant at the moment it is accepted.
 */
export const INVITATION_REVOCATIONS = [
  "withdrawn",
  "inviter_lost_access",
  "inviter_disabled",
] as const;
export type InvitationRevocation = (typeof INVITATION_REVOCATIONS)[number];

/** `POST /api/documents/:documentId/invitations`. */
export const InvitationCreateSchema = z.strictObject({ email, role: DocumentRoleSchema });

/** `POST /api/invitations/:token/accept`: name and password only when no account exists yet. */
export const InvitationAcceptSchema = z.strictObject({
  name: personName.optional(),
  password: password.optional(),
});
