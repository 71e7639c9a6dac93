import { type Capability, canAny, type Role } from "../../../shared/permissions.ts";
import { roundStateAt } from "../rounds/roundRules.ts";
import type { RoundRecord, Store, UserRecord } from "../store/index.ts";
import { type DocumentAccess, documentAccess } from "./documentPolicy.ts";

/**
 * What a person may do in one consultation round: their document access, plus the round role
 * `participant` when the round reaches them through their organisation.
 */
export interface RoundAccess extends DocumentAccess {
  /** May read the round's version and its comments. */
  canRead: boolean;
  /** May comment, reply and suggest in the round now (it is open and they take part). */
  canComment: boolean;
}

/**
 * Who takes part in a round: everyone the document's roles allow (`round.read`,
 * `round.comment` in the capability table), plus — the point of a consultation — members of a
 * verified organisation when the round is open to all of them, or of a verified invited
 * organisation when it is by invitation. Such participants read the round's version and its
 * comments from the moment it opens, never the live draft (their document access is unchanged).
 * An administrator's organisation memberships never make them a participant: moderators read
 * everything and comment never (only an explicit document role lets them speak).
 */
export async function roundAccess(props: {
  store: Pick<Store, "organisations" | "rounds">;
  user: UserRecord | null;
  access: DocumentAccess;
  round: RoundRecord;
  now: Date;
}): Promise<RoundAccess> {
  const { user, access, round } = props;
  const state = roundStateAt(round, props.now);
  const participant =
    user !== null &&
    !user.isAdmin &&
    state !== "scheduled" &&
    (await reachesThroughOrganisation(props.store, user.id, round));
  const roles: Role[] = participant ? [...access.roles, "participant"] : access.roles;
  const can = (capability: Capability) => canAny(roles, capability);
  return {
    documentRole: access.documentRole,
    roles,
    can,
    canRead: can("round.read"),
    canComment: state === "open" && can("round.comment"),
  };
}

/** Whether one of the person's verified organisations is among those the round consults. */
async function reachesThroughOrganisation(
  store: Pick<Store, "organisations" | "rounds">,
  userId: string,
  round: RoundRecord,
): Promise<boolean> {
  const verified = (await store.organisations.forUser(userId)).filter((o) => o.verifiedAt);
  if (verified.length === 0) return false;
  if (round.audience === "open") return true;
  const invited = new Set((await store.rounds.organisations(round.id)).map((o) => o.id));
  return verified.some((o) => invited.has(o.id));
}

/** A round with what the person may do in it. */
export interface AccessibleRound {
  round: RoundRecord;
  access: RoundAccess;
}

/** The document's rounds the person may read, oldest first. */
export async function readableRounds(
  store: Store,
  user: UserRecord | null,
  documentId: string,
  now: Date,
): Promise<AccessibleRound[]> {
  const access = await documentAccess(store, user, documentId);
  const found: AccessibleRound[] = [];
  for (const round of await store.rounds.list(documentId)) {
    const ra = await roundAccess({ store, user, access, round, now });
    if (ra.canRead) found.push({ round, access: ra });
  }
  return found;
}

/** Rounds open now, across documents, in which the person may comment: soonest closing first. */
export async function joinableRounds(
  store: Store,
  user: UserRecord,
  now: Date,
): Promise<AccessibleRound[]> {
  const found: AccessibleRound[] = [];
  for (const round of await store.rounds.listNotClosed()) {
    if (roundStateAt(round, now) !== "open") continue;
    const access = await documentAccess(store, user, round.documentId);
    const ra = await roundAccess({ store, user, access, round, now });
    if (ra.canComment) found.push({ round, access: ra });
  }
  return found;
}
