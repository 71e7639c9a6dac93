import { Router } from "express";
import { suggestionAccepter } from "../../commands/suggestionAccepter.ts";
import { suggestionDecliner } from "../../commands/suggestionDecliner.ts";
import { commentServices, type RouteContext } from "../context.ts";
import { documentOf, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { requireCommentAccess } from "./commentGuard.ts";
import { CommentParams, SuggestionDeclineBody } from "./schema.ts";
import { threadFor } from "./viewer.ts";

/** Drafters accept a suggestion into the live draft, or decline it with a reason. */
export function suggestionsRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store } = ctx;

  router.post(
    "/comments/:commentId/accept",
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.edit"),
    ctx.postingLimits.guard("answer"),
    async (req, res) => {
      const document = documentOf(req);
      const commentId = String(req.params.commentId);
      await suggestionAccepter({
        ...commentServices(ctx),
        liveDrafts: ctx.liveDrafts,
        document,
        commentId,
        drafter: signedInUser(req),
        now: ctx.clock.now(),
      });
      res.json(await threadFor(req, store, document.id, commentId));
    },
  );

  router.post(
    "/comments/:commentId/decline",
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.respond"),
    ctx.postingLimits.guard("answer"),
    validate("body", SuggestionDeclineBody),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const commentId = String(req.params.commentId);
      await suggestionDecliner({
        ...commentServices(ctx),
        documentId,
        commentId,
        drafter: signedInUser(req),
        reason: req.body.reason,
        now: ctx.clock.now(),
      });
      res.json(await threadFor(req, store, documentId, commentId));
    },
  );

  return router;
}
