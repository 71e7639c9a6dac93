import {
  findComment,
  notASuggestion,
  requireVisible,
  suggestionDecided,
} from "../comments/commentErrors.ts";
import type { Logger } from "../logger.ts";
import { isSealed, requireNotConcluded } from "../rounds/roundRules.ts";
import { changeSealedRound, type RoundSealer } from "../rounds/roundSealer.ts";
import type { AnswerRecord, CommentRecord, Store, UserRecord } from "../store/index.ts";
import { createCommentStores } from "../store/index.ts";

/** The suggestion `commentId`, refused unless it is visible and still open. */
export async function openSuggestion(
  store: Pick<Store, "comments">,
  documentId: string,
  commentId: string,
): Promise<CommentRecord> {
  const comment = await findComment(store, documentId, commentId);
  if (comment.kind !== "suggestion") throw notASuggestion();
  requireVisible(comment);
  if (comment.suggestionState !== "open") throw suggestionDecided();
  return comment;
}

/**
 * Records what a drafter decided on a suggestion, in one transaction that checks it is still
 * open; the first answer follows from the decision when nobody has answered yet, so a decided
 * suggestion never shows as unanswered. In a concluded round nothing is decided any more (409
 * `round_concluded`); a decision in a closed round is sealed with the round's answers.
 */
export async function suggestionDecisionRecorder(props: {
  store: Store;
  documentId: string;
  commentId: string;
  decision: { state: "accepted" | "declined"; reason: string };
  decider: UserRecord;
  answer: Pick<AnswerRecord, "disposition" | "explanation" | "author">;
  sealer?: RoundSealer;
  log?: Logger;
  now?: Date;
}): Promise<void> {
  const comment = await openSuggestion(props.store, props.documentId, props.commentId);
  const round = await requireNotConcluded(props.store, comment);
  const at = (props.now ?? new Date()).toISOString();
  const decide = () =>
    props.store.db.transaction(async (tx) => {
      const stores = createCommentStores(tx);
      await openSuggestion(stores, props.documentId, props.commentId);
      await stores.comments.decide(props.commentId, {
        ...props.decision,
        by: { id: props.decider.id, name: props.decider.name },
        at,
      });
      if (!(await stores.answers.find(props.commentId))) {
        await stores.answers.insert({
          commentId: props.commentId,
          ...props.answer,
          createdAt: at,
          editedAt: null,
        });
      }
    });
  if (!isSealed(round)) return decide();
  // In a closed round the sealed record is checked before the decision and sealed after it.
  const onError = (error: unknown) =>
    props.log?.error({ err: error }, "sealing an answered round failed");
  const sealing = { sealer: props.sealer, documentId: props.documentId, onError };
  await changeSealedRound({ ...sealing, round: round.number, stage: "answered" }, decide);
}
