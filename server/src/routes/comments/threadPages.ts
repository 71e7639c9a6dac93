import { Router } from "express";
import type { z } from "zod";
import { readReplyPage, readThread } from "../../comments/commentThreads.ts";
import { findComment } from "../../comments/commentErrors.ts";
import { presentComment, presentThread } from "../../presenters/commentPresenter.ts";
import type { RouteContext } from "../context.ts";
import { documentOf } from "../guards.ts";
import { validate } from "../validate.ts";
import { requireCommentAccess } from "./commentGuard.ts";
import { CommentParams, ReplyPageQuery } from "./schema.ts";
import { viewerOf } from "./viewer.ts";

/**
 * One thread at a time, for readers who page: `GET …/comments/:commentId` is the thread holding
 * that comment with its latest replies (what a link to a comment or a change in an unseen thread
 * needs), `GET …/comments/:commentId/replies?before=&limit=` a page of its earlier replies.
 */
export function threadPagesRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store } = ctx;
  const one = "/comments/:commentId";

  router.get(
    one,
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.read"),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const comment = await findComment(store, documentId, String(req.params.commentId));
      const thread = await readThread(store, documentId, comment.parentId ?? comment.id);
      res.json(presentThread(thread, viewerOf(req)));
    },
  );

  router.get(
    `${one}/replies`,
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.read"),
    validate("query", ReplyPageQuery),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const query = req.query as unknown as z.infer<typeof ReplyPageQuery>;
      const page = await readReplyPage(store, documentId, String(req.params.commentId), query);
      const viewer = viewerOf(req);
      res.json({
        replies: page.replies.map((reply) => presentComment(reply, viewer)),
        earlier: page.earlier,
      });
    },
  );

  return router;
}
