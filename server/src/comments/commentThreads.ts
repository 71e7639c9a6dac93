import {
  REPLIES_SHOWN,
  type ReplyPageQuery,
  type ThreadPageQuery,
} from "../../../shared/schemas/index.ts";
import { HttpError } from "../errors.ts";
import type { AnswerRecord, AttachmentRecord, CommentRecord, Store } from "../store/index.ts";
import type { ThreadScope } from "../store/commentPageStore.ts";
import { commentNotFound } from "./commentErrors.ts";

/** A top-level comment with its latest replies and everything shown alongside it. */
export interface ThreadRecords {
  comment: CommentRecord;
  /** The latest `REPLIES_SHOWN` replies, oldest first. */
  replies: CommentRecord[];
  /** How many replies the thread has in all. */
  replyCount: number;
  answer: AnswerRecord | undefined;
  attachments: AttachmentRecord[];
}

/** One page of threads: `next` is the cursor of the page after it, null on the last. */
export interface ThreadPage {
  threads: ThreadRecords[];
  next: string | null;
  total: number;
}

/** 400: a page was asked for after a comment that does not start one here. */
const cursorInvalid = (field: string) =>
  new HttpError(400, "cursor_invalid", `${field}: is not a comment of this list.`);

/** Each top-level comment with its latest replies, reply count, answer and attachments. */
async function threadsOf(store: Store, heads: CommentRecord[]): Promise<ThreadRecords[]> {
  const [counts, replies, answers, attachments] = await Promise.all([
    store.commentPages.replyCounts(heads.map((h) => h.id)),
    Promise.all(heads.map((h) => store.commentPages.replies(h.id, { limit: REPLIES_SHOWN }))),
    Promise.all(heads.map((h) => store.answers.find(h.id))),
    Promise.all(heads.map((h) => store.attachments.listForComment(h.id))),
  ]);
  return heads.map((comment, i) => ({
    comment,
    replies: replies[i] ?? [],
    replyCount: counts.get(comment.id) ?? 0,
    answer: answers[i],
    attachments: attachments[i] ?? [],
  }));
}

/**
 * A page of a document's threads (of one context, with `scope.versionId`), top-level comments
 * in the order they were made; 400 `cursor_invalid` when `after` is not one of them.
 */
export async function readThreadPage(
  store: Store,
  scope: ThreadScope,
  page: ThreadPageQuery,
): Promise<ThreadPage> {
  const heads = await store.commentPages.threads(scope, {
    after: page.after,
    limit: page.limit + 1,
  });
  if (!heads) throw cursorInvalid("after");
  const shown = heads.slice(0, page.limit);
  const [threads, total] = await Promise.all([
    threadsOf(store, shown),
    store.commentPages.countThreads(scope),
  ]);
  const last = shown.at(-1);
  return { threads, next: heads.length > page.limit && last ? last.id : null, total };
}

/** The top-level comment `threadId` of the document; 404 when there is none. */
async function findHead(store: Store, documentId: string, threadId: string) {
  const comment = await store.comments.find(documentId, threadId);
  if (!comment || comment.parentId !== null) throw commentNotFound();
  return comment;
}

/** One thread (its latest replies only), named by its top-level comment's id; 404 when none. */
export async function readThread(
  store: Store,
  documentId: string,
  threadId: string,
): Promise<ThreadRecords> {
  const [thread] = await threadsOf(store, [await findHead(store, documentId, threadId)]);
  if (!thread) throw commentNotFound();
  return thread;
}

/**
 * A page of a thread's replies ending just before `before` (or with the latest), oldest first,
 * and the cursor of the page before it (null when this one starts with the first reply).
 */
export async function readReplyPage(
  store: Store,
  documentId: string,
  threadId: string,
  page: ReplyPageQuery,
): Promise<{ replies: CommentRecord[]; earlier: string | null }> {
  await findHead(store, documentId, threadId);
  const found = await store.commentPages.replies(threadId, {
    before: page.before,
    limit: page.limit + 1,
  });
  if (!found) throw cursorInvalid("before");
  const replies = found.length > page.limit ? found.slice(1) : found;
  return { replies, earlier: found.length > page.limit ? (replies[0]?.id ?? null) : null };
}

/** One comment as a change shows it: a reply alone; a top-level comment with its answer and papers. */
export interface CommentWithExtras {
  comment: CommentRecord;
  answer?: AnswerRecord;
  attachments: AttachmentRecord[];
}

/** The comment `commentId` of the document as a change shows it; 404 when there is none. */
export async function readComment(
  store: Store,
  documentId: string,
  commentId: string,
): Promise<CommentWithExtras> {
  const comment = await store.comments.find(documentId, commentId);
  if (!comment) throw commentNotFound();
  if (comment.parentId !== null) return { comment, attachments: [] };
  const [answer, attachments] = await Promise.all([
    store.answers.find(comment.id),
    store.attachments.listForComment(comment.id),
  ]);
  return { comment, answer, attachments };
}
