import { type CommentEvents, commentChange } from "../comments/commentEvents.ts";
import {
  findComment,
  requireAuthor,
  requireVisible,
  suggestionDecided,
} from "../comments/commentErrors.ts";
import { invalidRequest } from "../errors.ts";
import { requireOpenForWords } from "../rounds/roundRules.ts";
import type { CommentRecord, Store } from "../store/index.ts";
import { createCommentStores } from "../store/index.ts";

/**
 * The author rewords their comment (nobody else can: 403 `not_author`, whatever their role).
 * The earlier wording is kept as a revision. A hidden comment (409 `comment_hidden`) and a
 * decided suggestion (409 `suggestion_decided`) are closed to changes, and so is a comment of a
 * consultation round once the round closed (409 `round_closed`).
 */
export async function commentEditor(props: {
  store: Store;
  events: CommentEvents;
  documentId: string;
  commentId: string;
  editorId: string;
  body: string;
  proposedText?: string;
  now?: Date;
}): Promise<CommentRecord> {
  const { store, documentId } = props;
  const comment = await findComment(store, documentId, props.commentId);
  requireAuthor(comment, props.editorId);
  requireVisible(comment);
  if (comment.kind !== "suggestion" && props.proposedText !== undefined) {
    throw invalidRequest("proposedText: only a suggestion proposes text", "proposedText");
  }
  if (comment.suggestionState && comment.suggestionState !== "open") throw suggestionDecided();
  await requireOpenForWords(store, comment, props.now ?? new Date());
  const proposedText =
    comment.kind === "suggestion" ? (props.proposedText ?? comment.proposedText) : null;
  if (comment.body === props.body && comment.proposedText === proposedText) return comment;
  const at = (props.now ?? new Date()).toISOString();
  await store.db.transaction(async (tx) => {
    // Checked again inside the transaction: a moderator or a drafter may have acted meanwhile.
    const stores = createCommentStores(tx);
    const current = await findComment(stores, documentId, comment.id);
    requireVisible(current);
    if (current.suggestionState && current.suggestionState !== "open") throw suggestionDecided();
    await stores.comments.reword(comment.id, { body: props.body, proposedText, at });
  });
  props.events.publish(documentId, commentChange(comment));
  return { ...comment, body: props.body, proposedText, editedAt: at };
}
