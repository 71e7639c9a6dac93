import { HttpError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { RoundEvents } from "../rounds/roundEvents.ts";
import { roundConcluded, roundStateAt } from "../rounds/roundRules.ts";
import { changeSealedRound, type RoundSealer } from "../rounds/roundSealer.ts";
import type { RoundRecord, Store, UserRecord } from "../store/index.ts";
import { createRoundStores } from "../store/index.ts";

/**
 * The drafters publish a closed round's conclusion: what changed and why. Every visible
 * top-level comment of the round must have an official answer first (409
 * `unanswered_comments`, with `unanswered` the count); a comment a moderator hid before anyone
 * answered needs none — its public tombstone is its record — and it is not counted as answered.
 * Refused while the round is open (409 `round_open`) and once concluded (409 `round_concluded`).
 */
export async function roundConcluder(props: {
  store: Store;
  events: RoundEvents;
  sealer?: RoundSealer;
  log?: Logger;
  round: RoundRecord;
  drafter: UserRecord;
  conclusion: string;
  now: Date;
}): Promise<RoundRecord> {
  const { store, round, now } = props;
  const state = roundStateAt(round, now);
  if (state === "concluded") throw roundConcluded();
  if (state !== "closed") {
    throw new HttpError(409, "round_open", "Close the consultation round before concluding it.");
  }
  const by = { id: props.drafter.id, name: props.drafter.name };
  const at = now.toISOString();
  const sealing = {
    sealer: props.sealer,
    documentId: round.documentId,
    round: round.number,
    stage: "concluded" as const,
    onError: (error: unknown) =>
      props.log?.error({ err: error }, "sealing a concluded round failed"),
  };
  // A round past its closesAt, not yet recorded as closed, has no seal to check yet.
  const conclude = () =>
    store.db.transaction(async (tx) => {
      const { rounds } = createRoundStores(tx);
      const { unanswered } = await rounds.counts(round.versionId);
      if (unanswered > 0) {
        throw new HttpError(
          409,
          "unanswered_comments",
          `${unanswered} comment(s) of this round have no official answer yet.`,
          undefined,
          { unanswered },
        );
      }
      // A round past its closesAt may not have been recorded as closed yet.
      await rounds.close(round.id, { at: round.closesAt, by: null, reason: null });
      if (!(await rounds.conclude(round.id, { at, by, conclusion: props.conclusion }))) {
        throw roundConcluded();
      }
    });
  await changeSealedRound(sealing, conclude);
  props.events.publish(round.documentId);
  return (await store.rounds.find(round.documentId, round.number)) ?? round;
}
