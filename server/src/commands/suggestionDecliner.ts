import { commentChange } from "../comments/commentEvents.ts";
import type { UserRecord } from "../store/index.ts";
import { answererOf } from "./answerGiver.ts";
import { openSuggestion, suggestionDecisionRecorder } from "./suggestionDecision.ts";
import type { CommentServices } from "./commentServices.ts";

/**
 * Declines a suggestion with a reason; the live draft is left as it is. When nobody answered
 * yet, the answer becomes `not_accepted` with the reason as its explanation.
 */
export async function suggestionDecliner(
  props: CommentServices & {
    documentId: string;
    commentId: string;
    drafter: UserRecord;
    reason: string;
    now?: Date;
  },
): Promise<void> {
  const { store, documentId } = props;
  await openSuggestion(store, documentId, props.commentId);
  await suggestionDecisionRecorder({
    store,
    documentId,
    commentId: props.commentId,
    decision: { state: "declined", reason: props.reason },
    decider: props.drafter,
    answer: {
      disposition: "not_accepted",
      explanation: props.reason,
      author: await answererOf(store, props.drafter),
    },
    sealer: props.sealer,
    log: props.log,
    now: props.now,
  });
  props.events.publish(documentId, commentChange({ id: props.commentId, parentId: null }));
}
