import { can } from "../../../shared/permissions.ts";
import { documentAccess } from "../policies/documentPolicy.ts";
import { roundAccess } from "../policies/roundPolicy.ts";
import type { RoundRecord, Store, UserRecord } from "../store/index.ts";

/**
 * The people who may comment in a round at `at`, as the round policy decides it (members of
 * the verified organisations it consults, document roles that comment), without those who
 * answer comments on the document: they run the consultation and hear of its comments instead.
 */
export async function roundParticipants(
  store: Store,
  round: RoundRecord,
  at: Date,
): Promise<UserRecord[]> {
  const found: UserRecord[] = [];
  for (const userId of await store.notificationFeed.roundCandidates(round)) {
    const user = await store.users.find(userId);
    if (!user || user.disabledAt) continue;
    const access = await documentAccess(store, user, round.documentId);
    const inRound = await roundAccess({ store, user, access, round, now: at });
    if (inRound.canComment && !inRound.can("document.respond")) found.push(user);
  }
  return found;
}

/** The people who answer the document's comments (its drafters and owners), enabled accounts only. */
export async function documentAnswerers(store: Store, documentId: string): Promise<UserRecord[]> {
  const found: UserRecord[] = [];
  for (const assignment of await store.roles.forDocument(documentId)) {
    if (!can(assignment.role, "document.respond")) continue;
    const user = await store.users.find(assignment.userId);
    if (user && !user.disabledAt) found.push(user);
  }
  return found;
}
