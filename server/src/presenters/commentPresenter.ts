import type {
  AnswerView,
  AttachmentView,
  COMMENT_OUTCOME_FIELDS,
  CommentContext,
  CommentList,
  CommentThread,
  CommentView,
  ModerationLogEntry,
  RevisionList,
} from "../../../shared/schemas/index.ts";
import type { ThreadPage, ThreadRecords } from "../comments/commentThreads.ts";
import type {
  AnswerRecord,
  AnswerRevisionRecord,
  AttachmentRecord,
  CommentRecord,
  CommentRevisionRecord,
  ModerationLogRecord,
} from "../store/index.ts";

/** Who is looking: administrators read the words of hidden comments, nobody else does. */
export interface CommentViewer {
  seesHidden: boolean;
}

/** The URL an attachment downloads from. */
export function attachmentUrl(documentId: string, attachmentId: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** The JSON of an attachment (never its bytes). */
export function presentAttachment(documentId: string, a: AttachmentRecord): AttachmentView {
  return { id: a.id, name: a.name, size: a.size, url: attachmentUrl(documentId, a.id) };
}

/** Where the comment was made: the live draft, or a round's frozen version. */
function contextOf(comment: CommentRecord): CommentContext {
  return comment.versionId ? { kind: "version", versionId: comment.versionId } : { kind: "draft" };
}

/** Whether the viewer may read the comment's words (and open its attachments). */
export function wordsVisible(comment: CommentRecord, viewer: CommentViewer): boolean {
  return comment.status === "visible" || (comment.status === "hidden" && viewer.seesHidden);
}

/** The official answer to a comment. */
function presentAnswer(answer: AnswerRecord | undefined): AnswerView | null {
  if (!answer) return null;
  return {
    disposition: answer.disposition,
    explanation: answer.explanation,
    author: answer.author,
    createdAt: answer.createdAt,
    editedAt: answer.editedAt,
  };
}

/** What a comment's outcome fields are (`COMMENT_OUTCOME_FIELDS`) in every shape of it. */
export type CommentOutcome = Pick<CommentView, keyof typeof COMMENT_OUTCOME_FIELDS>;

/**
 * The fields every shape of a comment shares — live, round and public: its words when
 * `readable`, when it was written and reworded, its moderation, answer and suggestion decision.
 */
export function presentOutcome(
  comment: CommentRecord,
  readable: boolean,
  answer: AnswerRecord | undefined,
): CommentOutcome {
  return {
    body: readable ? comment.body : null,
    proposedText: readable ? comment.proposedText : null,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    status: comment.status,
    moderation: comment.moderation,
    answer: presentAnswer(answer),
    suggestion: comment.decision,
  };
}

/** One comment or reply as the API returns it, with what the viewer may see of it. */
export function presentComment(
  comment: CommentRecord,
  viewer: CommentViewer,
  extras: { answer?: AnswerRecord; attachments?: AttachmentRecord[] } = {},
): CommentView {
  const readable = wordsVisible(comment, viewer);
  return {
    id: comment.id,
    documentId: comment.documentId,
    context: contextOf(comment),
    parentId: comment.parentId,
    kind: comment.kind,
    author: comment.author,
    quote: comment.quote,
    offsets: comment.offsets,
    locator: comment.locator,
    ...presentOutcome(comment, readable, extras.answer),
    attachments: readable
      ? (extras.attachments ?? []).map((a) => presentAttachment(comment.documentId, a))
      : [],
  };
}

/** A top-level comment with its latest replies, oldest first, and how many it has in all. */
export function presentThread(thread: ThreadRecords, viewer: CommentViewer): CommentThread {
  return {
    ...presentComment(thread.comment, viewer, thread),
    replies: thread.replies.map((reply) => presentComment(reply, viewer)),
    replyCount: thread.replyCount,
  };
}

/** A page of a document's threads. */
export function presentThreadPage(page: ThreadPage, viewer: CommentViewer): CommentList {
  return {
    threads: page.threads.map((thread) => presentThread(thread, viewer)),
    next: page.next,
    total: page.total,
  };
}

/**
 * Earlier wordings of a comment and of its answer. Of a hidden comment only administrators see
 * the wording (others see when it was reworded); of an erased one nothing is left.
 */
export function presentRevisions(
  comment: CommentRecord,
  revisions: CommentRevisionRecord[],
  answerRevisions: AnswerRevisionRecord[],
  viewer: CommentViewer,
): RevisionList {
  const readable = wordsVisible(comment, viewer);
  return {
    comment:
      comment.status === "erased"
        ? []
        : revisions.map((r) => ({
            body: readable ? r.body : null,
            proposedText: readable ? r.proposedText : null,
            disposition: null,
            writtenAt: r.writtenAt,
          })),
    answer: answerRevisions.map((r) => ({
      body: r.explanation,
      proposedText: null,
      disposition: r.disposition,
      writtenAt: r.writtenAt,
    })),
  };
}

/** The moderation log of a document, oldest first. */
export function presentModerationLog(entries: ModerationLogRecord[]): {
  entries: ModerationLogEntry[];
} {
  return { entries: entries.map(presentModerationEntry) };
}

/** One entry of a moderation log, in the API and in a round's public record alike. */
export function presentModerationEntry(e: ModerationLogRecord): ModerationLogEntry {
  return {
    id: e.id,
    commentId: e.commentId,
    action: e.action,
    reason: e.reason,
    note: e.note,
    moderator: e.moderator,
    commentAuthor: e.commentAuthor,
    commentCreatedAt: e.commentCreatedAt,
    at: e.at,
  };
}
