import { requestJson, segment } from "./client.ts";
import {
  InvitationAcceptedSchema,
  type InvitationView,
  InvitationViewSchema,
} from "./responses.ts";

/** What an invitation link offers; readable without signing in. */
export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationView> {
  return requestJson(`/api/invitations/${segment(token)}`, InvitationViewSchema, { signal });
}

/**
 * Accepts an invitation. With `name` and `password` it also creates the account (and signs it
 * in); without, the person must already be signed in as the invited email.
 */
export async function acceptInvitation(
  token: string,
  input: { name?: string; password?: string } = {},
): Promise<string> {
  const accepted = await requestJson(
    `/api/invitations/${segment(token)}/accept`,
    InvitationAcceptedSchema,
    { method: "POST", body: input },
  );
  return accepted.documentId;
}
