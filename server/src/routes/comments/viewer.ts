import type { Request } from "express";
import type { CommentThread, CommentView } from "../../../../shared/schemas/index.ts";
import { readComment, readThread } from "../../comments/commentThreads.ts";
import {
  type CommentViewer,
  presentComment,
  presentThread,
} from "../../presenters/commentPresenter.ts";
import type { Store } from "../../store/index.ts";

/** Who is reading comments: administrators see the words of hidden ones. */
export function viewerOf(req: Request): CommentViewer {
  return { seesHidden: req.access?.can("site.administer") ?? false };
}

/** One thread with its latest replies, read afresh, as the person who asked sees it. */
export async function threadFor(
  req: Request,
  store: Store,
  documentId: string,
  threadId: string,
): Promise<CommentThread> {
  return presentThread(await readThread(store, documentId, threadId), viewerOf(req));
}

/**
 * One comment read afresh after a change — a reply alone, a top-level comment with its answer
 * and papers but never its replies — as the person who made the change sees it.
 */
export async function commentFor(
  req: Request,
  store: Store,
  documentId: string,
  commentId: string,
): Promise<CommentView> {
  const { comment, ...extras } = await readComment(store, documentId, commentId);
  return presentComment(comment, viewerOf(req), extras);
}
