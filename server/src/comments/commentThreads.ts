import type { AnswerRecord, AttachmentRecord, CommentRecord, Store } from "../store/index.ts";
import { commentNotFound } from "./commentErrors.ts";

/** A top-level comment with everything shown alongside it. */
export interface ThreadRecords {
  comment: CommentRecord;
  replies: CommentRecord[];
  answer: AnswerRecord | undefined;
  attachments: AttachmentRecord[];
}

/**
 * Every thread of a document, top-level comments in the order they were made; with `only`, just
 * those made in one context (`versionId` null: the live draft; else that round's version).
 */
export async function readThreads(
  store: Store,
  documentId: string,
  only?: { versionId: string | null },
): Promise<ThreadRecords[]> {
  const [comments, answers, attachments] = await Promise.all([
    store.comments.listForDocument(documentId),
    store.answers.forDocument(documentId),
    store.attachments.listForDocument(documentId),
  ]);
  const threads = new Map<string, ThreadRecords>();
  for (const comment of comments) {
    if (comment.parentId) continue;
    if (only && comment.versionId !== only.versionId) continue;
    threads.set(comment.id, {
      comment,
      replies: [],
      answer: answers.get(comment.id),
      attachments: [],
    });
  }
  for (const comment of comments) {
    if (comment.parentId) threads.get(comment.parentId)?.replies.push(comment);
  }
  for (const attachment of attachments)
    threads.get(attachment.commentId)?.attachments.push(attachment);
  return [...threads.values()];
}

/** One thread, named by its top-level comment's id; 404 when there is none. */
export async function readThread(
  store: Store,
  documentId: string,
  threadId: string,
): Promise<ThreadRecords> {
  const [records, answer, attachments] = await Promise.all([
    store.comments.thread(documentId, threadId),
    store.answers.find(threadId),
    store.attachments.listForComment(threadId),
  ]);
  const comment = records.find((r) => r.id === threadId && r.parentId === null);
  if (!comment) throw commentNotFound();
  return { comment, replies: records.filter((r) => r !== comment), answer, attachments };
}
