import { HttpError, notFound } from "../errors.ts";
import type { CommentRecord, Store } from "../store/index.ts";

/** 404: no such comment on this document. */
export const commentNotFound = () =>
  notFound("comment_not_found", "No comment with this id exists on this document.");

/** 409: the comment was hidden by a moderator, so nothing more can be added to or changed on it. */
export const commentHidden = () =>
  new HttpError(409, "comment_hidden", "This comment was hidden by a moderator.");

/** 403: only the author may change their own words. */
export const notAuthor = () =>
  new HttpError(403, "not_author", "Only the author can change their own comment.");

/** 409: a drafter already accepted or declined the suggestion. */
export const suggestionDecided = () =>
  new HttpError(409, "suggestion_decided", "This suggestion was already decided.");

/** 400: answers and attachments belong to top-level comments, not replies. */
export const notTopLevel = () =>
  new HttpError(400, "not_top_level", "This can only be done on a top-level comment.");

/** 409: accepting or declining needs a suggestion. */
export const notASuggestion = () =>
  new HttpError(409, "not_a_suggestion", "This comment does not propose a change.");

/** The comment `commentId` of the document, or a 404. */
export async function findComment(
  store: Pick<Store, "comments">,
  documentId: string,
  commentId: string,
): Promise<CommentRecord> {
  const comment = await store.comments.find(documentId, commentId);
  if (!comment) throw commentNotFound();
  return comment;
}

/** Refuses a comment that is hidden or erased. */
export function requireVisible(comment: CommentRecord): void {
  if (comment.status !== "visible") throw commentHidden();
}

/** Refuses anyone but the comment's author. */
export function requireAuthor(comment: CommentRecord, userId: string): void {
  if (comment.author.id !== userId) throw notAuthor();
}
