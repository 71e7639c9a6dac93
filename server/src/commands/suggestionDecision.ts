import {
  findComment,
  notASuggestion,
  requireVisible,
  suggestionDecided,
} from "../comments/commentErrors.ts";
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
 * suggestion never shows as unanswered.
 */
export async function suggestionDecisionRecorder(props: {
  store: Store;
  documentId: string;
  commentId: string;
  decision: { state: "accepted" | "declined"; reason: string };
  decider: UserRecord;
  answer: Pick<AnswerRecord, "disposition" | "explanation" | "author">;
  now?: Date;
}): Promise<void> {
  const at = (props.now ?? new Date()).toISOString();
  await props.store.db.transaction(async (tx) => {
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
}
