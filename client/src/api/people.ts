import { type PublicProfile, PublicProfileSchema } from "../../../shared/schemas/index.ts";
import { requestJson, segment } from "./client.ts";

/** A person's public profile with their earlier names; no account needed. */
export function getPublicProfile(personId: string, signal?: AbortSignal): Promise<PublicProfile> {
  return requestJson(`/api/people/${segment(personId)}`, PublicProfileSchema, { signal });
}
