import { commentChange } from "../comments/commentEvents.ts";
import type { Disposition } from "../../../shared/schemas/index.ts";
import { isSealed, requireNotConcluded } from "../rounds/roundRules.ts";
import { changeSealedRound } from "../rounds/roundSealer.ts";
import { findComment, notTopLevel, requireVisible } from "../comments/commentErrors.ts";
import type { AuthorshipRecord, CommentRecord, Store, UserRecord } from "../store/index.ts";
import { createCommentStores } from "../store/index.ts";
import { authorshipSnapshot } from "./authorshipSnapshot.ts";
import type { CommentServices } from "./commentServices.ts";

/**
 * Gives (or rewords) the official answer to a top-level comment: a disposition and an
 * explanation, attributed to the drafter and the government body they answer for. A reworded
 * answer keeps its earlier wordings, so what was once promised stays on the record. In a
 * consultation round drafters answer while it is open and after it closed, but not once its
 * conclusion is published (409 `round_concluded`); an answer in a closed round is sealed.
 */
export async function answerGiver(
  props: CommentServices & {
    documentId: string;
    commentId: string;
    drafter: UserRecord;
    disposition: Disposition;
    explanation: string;
    now?: Date;
  },
): Promise<CommentRecord> {
  const { store, documentId } = props;
  const comment = await findComment(store, documentId, props.commentId);
  if (comment.parentId) throw notTopLevel();
  requireVisible(comment);
  const round = await requireNotConcluded(store, comment);
  const author = await answererOf(store, props.drafter);
  const at = (props.now ?? new Date()).toISOString();
  const answerNow = () =>
    store.db.transaction(async (tx) => {
      const { answers } = createCommentStores(tx);
      const answer = { disposition: props.disposition, explanation: props.explanation, author };
      if (await answers.find(comment.id)) await answers.replace(comment.id, { ...answer, at });
      else
        await answers.insert({ commentId: comment.id, ...answer, createdAt: at, editedAt: null });
    });
  // In a closed round the sealed record is checked before the answer and sealed after it.
  if (isSealed(round)) {
    const onError = (error: unknown) =>
      props.log?.error({ err: error }, "sealing an answered round failed");
    const sealing = { sealer: props.sealer, documentId, round: round.number, onError };
    await changeSealedRound({ ...sealing, stage: "answered" }, answerNow);
  } else {
    await answerNow();
  }
  props.events.publish(documentId, commentChange(comment));
  return comment;
}

/** The drafter as they answer: speaking for their government body when they belong to one. */
export function answererOf(
  store: Pick<Store, "organisations">,
  drafter: UserRecord,
): Promise<AuthorshipRecord> {
  return authorshipSnapshot({ store, user: drafter, prefer: "government" });
}
