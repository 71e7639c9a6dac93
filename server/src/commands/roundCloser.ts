import type { Logger } from "../logger.ts";
import type { RoundEvents } from "../rounds/roundEvents.ts";
import { roundClosed, roundConcluded, roundStateAt } from "../rounds/roundRules.ts";
import type { RoundScheduler } from "../rounds/roundScheduler.ts";
import { type RoundSealer, sealRound } from "../rounds/roundSealer.ts";
import type { RoundRecord, Store, UserRecord } from "../store/index.ts";

/**
 * A drafter closes a round before its `closesAt`, stating why; the reason and the drafter stay
 * on the round's record. A scheduled round can be closed too (it then never opens). Refused
 * with 409 `round_closed` when it is already closed, `round_concluded` when concluded.
 */
export async function roundCloser(props: {
  store: Store;
  events: RoundEvents;
  scheduler?: Pick<RoundScheduler, "reschedule">;
  sealer?: RoundSealer;
  log?: Logger;
  round: RoundRecord;
  drafter: UserRecord;
  reason: string;
  now: Date;
}): Promise<RoundRecord> {
  const { store, round, now } = props;
  const state = roundStateAt(round, now);
  if (state === "concluded") throw roundConcluded();
  if (state === "closed") throw roundClosed();
  const closing = {
    at: now.toISOString(),
    by: { id: props.drafter.id, name: props.drafter.name },
    reason: props.reason,
  };
  if (!(await store.rounds.close(round.id, closing))) throw roundClosed();
  props.events.publish(round.documentId);
  await props.scheduler?.reschedule();
  await sealRound({
    sealer: props.sealer,
    documentId: round.documentId,
    round: round.number,
    stage: "closed",
    onError: (error) => props.log?.error({ err: error }, "sealing a closed round failed"),
  });
  return { ...round, closedAt: closing.at, closedBy: closing.by, closeReason: closing.reason };
}
