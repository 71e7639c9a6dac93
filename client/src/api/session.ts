import type { z } from "zod";
import {
  type LoginSchema,
  type Me,
  MeSchema,
  type ProfileUpdateSchema,
  type SetupSchema,
} from "../../../shared/schemas/index.ts";
import { requestJson, requestNoContent } from "./client.ts";
import { SetupStatusSchema } from "./responses.ts";

/** The signed-in person; rejects with `ApiRequestError` 401 when nobody is signed in. */
export function getMe(signal?: AbortSignal): Promise<Me> {
  return requestJson("/api/me", MeSchema, { signal });
}

/** Signs in; 401 `invalid_credentials` or 429 `too_many_attempts` when refused. */
export function signIn(input: z.input<typeof LoginSchema>): Promise<Me> {
  return requestJson("/api/auth/login", MeSchema, { method: "POST", body: input });
}

/** Ends this browser's session. */
export function signOut(): Promise<void> {
  return requestNoContent("/api/auth/logout", { method: "POST" });
}

/** Ends every session of this account, on every device. */
export function signOutEverywhere(): Promise<void> {
  return requestNoContent("/api/auth/logout-everywhere", { method: "POST" });
}

/** Saves the public profile: name, affiliation, declaration of interests. */
export function updateProfile(input: z.input<typeof ProfileUpdateSchema>): Promise<Me> {
  return requestJson("/api/me", MeSchema, { method: "PATCH", body: input });
}

/** Whether Rembuk still needs its first administrator. */
export async function isSetupNeeded(signal?: AbortSignal): Promise<boolean> {
  return (await requestJson("/api/setup", SetupStatusSchema, { signal })).needed;
}

/** Creates the first administrator with the one-time token and signs them in. */
export function completeSetup(input: z.input<typeof SetupSchema>): Promise<Me> {
  return requestJson("/api/setup", MeSchema, { method: "POST", body: input });
}
