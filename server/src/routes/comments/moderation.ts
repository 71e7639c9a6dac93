import { Router } from "express";
import { commentModerator } from "../../commands/commentModerator.ts";
import { findComment } from "../../comments/commentErrors.ts";
import { presentModerationLog } from "../../presenters/commentPresenter.ts";
import { commentServices, type RouteContext } from "../context.ts";
import { DocumentParams } from "../documents/schema.ts";
import { documentOf, requireDocument, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { CommentParams, ModerationBody } from "./schema.ts";
import { threadFor } from "./viewer.ts";

/** Administrators hide (or erase) a comment with a public reason; everyone reads the log. */
export function moderationRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store } = ctx;

  router.post(
    "/comments/:commentId/moderation",
    validate("params", CommentParams),
    requireDocument(store, "site.administer"),
    validate("body", ModerationBody),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const commentId = String(req.params.commentId);
      await commentModerator({
        ...commentServices(ctx),
        documentId,
        commentId,
        moderator: signedInUser(req),
        reason: req.body.reason,
        note: req.body.note,
      });
      const comment = await findComment(store, documentId, commentId);
      res.json(await threadFor(req, store, documentId, comment.parentId ?? comment.id));
    },
  );

  router.get(
    "/moderation-log",
    validate("params", DocumentParams),
    requireDocument(store, "document.read"),
    async (req, res) => {
      res.json(presentModerationLog(await store.moderation.listForDocument(documentOf(req).id)));
    },
  );

  return router;
}
