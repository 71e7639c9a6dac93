import type { Request } from "express";
import type { CommentThread } from "../../../../shared/schemas/index.ts";
import { readThread } from "../../comments/commentThreads.ts";
import { type CommentViewer, presentThread } from "../../presenters/commentPresenter.ts";
import type { Store } from "../../store/index.ts";

/** Who is reading comments: administrators see the words of hidden ones. */
export function viewerOf(req: Request): CommentViewer {
  return { seesHidden: req.access?.can("site.administer") ?? false };
}

/** One thread, read afresh after a change, as the person who made the request sees it. */
export async function threadFor(
  req: Request,
  store: Store,
  documentId: string,
  threadId: string,
): Promise<CommentThread> {
  return presentThread(await readThread(store, documentId, threadId), viewerOf(req));
}
