import { z } from "zod";
import {
  type IntegrityAlertView,
  IntegrityAlertListSchema,
  type Organisation,
  OrganisationSchema,
  type UserCreateSchema,
  type UserUpdateSchema,
} from "../../../shared/schemas/index.ts";
import { requestJson, requestNoContent, segment } from "./client.ts";
import { type AdminUser, AdminUserListSchema } from "./responses.ts";

/** Every account, for administrators. */
export async function listUsers(signal?: AbortSignal): Promise<AdminUser[]> {
  return (await requestJson("/api/admin/users", AdminUserListSchema, { signal })).users;
}

/** Sealed public records found altered in the database, oldest first. */
export async function listIntegrityAlerts(signal?: AbortSignal): Promise<IntegrityAlertView[]> {
  return (await requestJson("/api/admin/integrity-alerts", IntegrityAlertListSchema, { signal }))
    .alerts;
}

/** Creates an account; the answer's body is not relied on (the list is reloaded). */
export async function createUser(input: z.input<typeof UserCreateSchema>): Promise<void> {
  await requestJson("/api/admin/users", z.unknown(), { method: "POST", body: input });
}

/** Makes an account administrator or not, or disables / re-enables it. */
export async function updateUser(
  id: string,
  input: z.input<typeof UserUpdateSchema>,
): Promise<void> {
  await requestJson(`/api/admin/users/${segment(id)}`, z.unknown(), {
    method: "PATCH",
    body: input,
  });
}

/** Marks an organisation verified (or not). */
export function setOrganisationVerified(id: string, verified: boolean): Promise<Organisation> {
  return requestJson(`/api/admin/organisations/${segment(id)}/verification`, OrganisationSchema, {
    method: "POST",
    body: { verified },
  });
}

/** Adds the account with this email to an organisation. */
export function addOrganisationMember(id: string, email: string): Promise<void> {
  return requestNoContent(`/api/admin/organisations/${segment(id)}/members`, {
    method: "POST",
    body: { email },
  });
}
