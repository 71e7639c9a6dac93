import {
  type AnswerInput,
  type CommentCreate,
  type CommentEdit,
  type CommentList,
  CommentListSchema,
  type CommentThread,
  CommentThreadSchema,
  type CommentView,
  CommentViewSchema,
  type ModerationInput,
  type ModerationLogEntry,
  ModerationLogSchema,
  type ReplyPage,
  ReplyPageSchema,
  type RevisionList,
  RevisionListSchema,
  type SuggestionConflict,
  SuggestionConflictSchema,
} from "../../../shared/schemas/index.ts";
import { ApiRequestError, requestJson, requestNoContent, segment } from "./client.ts";

const documentPath = (documentId: string) => `/api/documents/${segment(documentId)}`;
const commentPath = (documentId: string, commentId: string) =>
  `${documentPath(documentId)}/comments/${segment(commentId)}`;

/** What the client needs from the answer to a new comment: its id (to attach papers to it). */
const CreatedCommentSchema = CommentViewSchema.pick({ id: true });

/** `?after=` for the page after the cursor `after`, or nothing for the first page. */
export const afterQuery = (after: string | null) =>
  after ? `?after=${encodeURIComponent(after)}` : "";

/**
 * A page of a draft's threads (the first, or the one after the cursor `after`), each
 * top-level comment with its latest replies; `next` is the cursor of the page after it.
 */
export function listComments(
  documentId: string,
  after: string | null,
  signal?: AbortSignal,
): Promise<CommentList> {
  return requestJson(
    `${documentPath(documentId)}/comments${afterQuery(after)}`,
    CommentListSchema,
    {
      signal,
    },
  );
}

/** The thread holding the comment `commentId`, with its latest replies. */
export function getThread(
  documentId: string,
  commentId: string,
  signal?: AbortSignal,
): Promise<CommentThread> {
  return requestJson(commentPath(documentId, commentId), CommentThreadSchema, { signal });
}

/** The page of a thread's replies made just before its reply `before`, oldest first. */
export function listEarlierReplies(
  documentId: string,
  threadId: string,
  before: string,
  signal?: AbortSignal,
): Promise<ReplyPage> {
  const path = `${commentPath(documentId, threadId)}/replies?before=${encodeURIComponent(before)}`;
  return requestJson(path, ReplyPageSchema, { signal });
}

/**
 * Comments on a passage (or suggests replacement text for it); 409 `passage_changed` when the
 * passage no longer reads as the quote. Resolves with the new comment's id.
 */
export async function createComment(documentId: string, input: CommentCreate): Promise<string> {
  const created = await requestJson(`${documentPath(documentId)}/comments`, CreatedCommentSchema, {
    method: "POST",
    body: input,
  });
  return created.id;
}

/** Replies in a thread; resolves with the reply alone. */
export function replyToComment(
  documentId: string,
  commentId: string,
  body: string,
): Promise<CommentView> {
  return requestJson(`${commentPath(documentId, commentId)}/replies`, CommentViewSchema, {
    method: "POST",
    body: { body },
  });
}

/** Rewords one's own comment; the earlier wording is kept as a revision. */
export function editComment(documentId: string, commentId: string, input: CommentEdit) {
  return requestNoContent(commentPath(documentId, commentId), { method: "PATCH", body: input });
}

/** Earlier wordings of a comment and of its answer. */
export function listRevisions(
  documentId: string,
  commentId: string,
  signal?: AbortSignal,
): Promise<RevisionList> {
  return requestJson(`${commentPath(documentId, commentId)}/revisions`, RevisionListSchema, {
    signal,
  });
}

/** Gives (or rewords) the official answer to a top-level comment. */
export function answerComment(documentId: string, commentId: string, input: AnswerInput) {
  return requestNoContent(`${commentPath(documentId, commentId)}/answer`, {
    method: "PUT",
    body: input,
  });
}

/** Applies a suggestion to the live text; 409 `suggestion_conflict` if the passage changed. */
export function acceptSuggestion(documentId: string, commentId: string): Promise<void> {
  return requestNoContent(`${commentPath(documentId, commentId)}/accept`, { method: "POST" });
}

/** Declines a suggestion, with the reason. */
export function declineSuggestion(documentId: string, commentId: string, reason: string) {
  return requestNoContent(`${commentPath(documentId, commentId)}/decline`, {
    method: "POST",
    body: { reason },
  });
}

/** Attaches a position paper (PDF) to a top-level comment. */
export function uploadAttachment(documentId: string, commentId: string, file: File) {
  return requestNoContent(
    `${commentPath(documentId, commentId)}/attachments?name=${encodeURIComponent(file.name)}`,
    { method: "POST", body: file, rawBodyType: "application/pdf" },
  );
}

/** Hides a comment (administrators), with a reason everyone can read in the moderation log. */
export function moderateComment(documentId: string, commentId: string, input: ModerationInput) {
  return requestNoContent(`${commentPath(documentId, commentId)}/moderation`, {
    method: "POST",
    body: input,
  });
}

/** Every moderation action on the draft's comments. */
export async function moderationLog(
  documentId: string,
  signal?: AbortSignal,
): Promise<ModerationLogEntry[]> {
  return (
    await requestJson(`${documentPath(documentId)}/moderation-log`, ModerationLogSchema, {
      signal,
    })
  ).entries;
}

/** Where the draft's server-sent events (`event: comments`, `event: rounds`) are streamed. */
export function documentEventsUrl(documentId: string): string {
  return `${documentPath(documentId)}/events`;
}

/** The same events for one round, open to its participants who have no role on the draft. */
export function roundEventsUrl(documentId: string, round: number): string {
  return `${documentPath(documentId)}/rounds/${round}/events`;
}

/** The current text, quote and proposal when accepting failed with 409 `suggestion_conflict`. */
export function suggestionConflictOf(error: unknown): SuggestionConflict | null {
  if (!(error instanceof ApiRequestError) || error.status !== 409) return null;
  const parsed = SuggestionConflictSchema.safeParse(error.body);
  return parsed.success ? parsed.data : null;
}
