import type { Disposition } from "../../../shared/schemas/index.ts";
import type { CommentEvents } from "../comments/commentEvents.ts";
import { findComment, notTopLevel, requireVisible } from "../comments/commentErrors.ts";
import type { AuthorshipRecord, CommentRecord, Store, UserRecord } from "../store/index.ts";
import { createCommentStores } from "../store/index.ts";
import { authorshipSnapshot } from "./authorshipSnapshot.ts";

/**
 * Gives (or rewords) the official answer to a top-level comment: a disposition and an
 * explanation, attributed to the drafter and the government body they answer for. A reworded
 * answer keeps its earlier wordings, so what was once promised stays on the record.
 */
export async function answerGiver(props: {
  store: Store;
  events: CommentEvents;
  documentId: string;
  commentId: string;
  drafter: UserRecord;
  disposition: Disposition;
  explanation: string;
  now?: Date;
}): Promise<CommentRecord> {
  const { store, documentId } = props;
  const comment = await findComment(store, documentId, props.commentId);
  if (comment.parentId) throw notTopLevel();
  requireVisible(comment);
  const author = await answererOf(store, props.drafter);
  const at = (props.now ?? new Date()).toISOString();
  await store.db.transaction(async (tx) => {
    const { answers } = createCommentStores(tx);
    const answer = { disposition: props.disposition, explanation: props.explanation, author };
    if (await answers.find(comment.id)) await answers.replace(comment.id, { ...answer, at });
    else await answers.insert({ commentId: comment.id, ...answer, createdAt: at, editedAt: null });
  });
  props.events.publish(documentId);
  return comment;
}

/** The drafter as they answer: speaking for their government body when they belong to one. */
export function answererOf(
  store: Pick<Store, "organisations">,
  drafter: UserRecord,
): Promise<AuthorshipRecord> {
  return authorshipSnapshot({ store, user: drafter, prefer: "government" });
}
