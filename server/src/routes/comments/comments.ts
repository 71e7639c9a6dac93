import { Router } from "express";
import type { z } from "zod";
import { answerGiver } from "../../commands/answerGiver.ts";
import { commentCreator } from "../../commands/commentCreator.ts";
import { commentEditor } from "../../commands/commentEditor.ts";
import { replyCreator } from "../../commands/replyCreator.ts";
import { findComment } from "../../comments/commentErrors.ts";
import { roundNotFound } from "../../rounds/roundRules.ts";
import { readThreadPage } from "../../comments/commentThreads.ts";
import { presentRevisions, presentThreadPage } from "../../presenters/commentPresenter.ts";
import { commentServices, type RouteContext } from "../context.ts";
import { DocumentParams } from "../documents/schema.ts";
import { documentOf, requireDocument, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { attachmentsRouter } from "./attachments.ts";
import { requireCommentAccess } from "./commentGuard.ts";
import { commentEventsRouter } from "./events.ts";
import { moderationRouter } from "./moderation.ts";
import {
  AnswerBody,
  CommentCreateBody,
  CommentEditBody,
  CommentListQuery,
  CommentParams,
  ReplyCreateBody,
} from "./schema.ts";
import { suggestionsRouter } from "./suggestions.ts";
import { threadPagesRouter } from "./threadPages.ts";
import { commentFor, threadFor, viewerOf } from "./viewer.ts";

/**
 * Comments on a draft's passages, their replies and official answers. Mounted under
 * `/api/documents/:documentId`; every route checks the caller's capability on the document.
 */
export function commentsRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store, commentEvents: events } = ctx;
  const one = "/comments/:commentId";

  router.get(
    "/comments",
    validate("params", DocumentParams),
    requireDocument(store, "document.read"),
    validate("query", CommentListQuery),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const { context, ...page } = req.query as unknown as z.infer<typeof CommentListQuery>;
      const scope = { documentId, ...(await contextFilter(documentId, context)) };
      res.json(presentThreadPage(await readThreadPage(store, scope, page), viewerOf(req)));
    },
  );

  router.post(
    "/comments",
    validate("params", DocumentParams),
    requireDocument(store, "document.comment"),
    ctx.postingLimits.guard("comment"),
    validate("body", CommentCreateBody),
    async (req, res) => {
      const document = documentOf(req);
      const comment = await commentCreator({
        store,
        liveDrafts: ctx.liveDrafts,
        events,
        document,
        author: signedInUser(req),
        input: req.body,
      });
      res
        .status(201)
        .location(`/api/documents/${document.id}/comments/${comment.id}`)
        .json(await threadFor(req, store, document.id, comment.id));
    },
  );

  router.post(
    `${one}/replies`,
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.comment"),
    ctx.postingLimits.guard("reply"),
    validate("body", ReplyCreateBody),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const { reply } = await replyCreator({
        store,
        events,
        documentId,
        commentId: String(req.params.commentId),
        author: signedInUser(req),
        body: req.body.body,
        now: ctx.clock.now(),
      });
      res.status(201).json(await commentFor(req, store, documentId, reply.id));
    },
  );

  router.patch(
    one,
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.comment"),
    ctx.postingLimits.guard("edit"),
    validate("body", CommentEditBody),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const edited = await commentEditor({
        store,
        events,
        documentId,
        commentId: String(req.params.commentId),
        editorId: signedInUser(req).id,
        body: req.body.body,
        proposedText: req.body.proposedText,
        now: ctx.clock.now(),
      });
      res.json(await commentFor(req, store, documentId, edited.id));
    },
  );

  router.get(
    `${one}/revisions`,
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.read"),
    async (req, res) => {
      const comment = await findComment(store, documentOf(req).id, String(req.params.commentId));
      const [revisions, answerRevisions] = await Promise.all([
        store.comments.revisions(comment.id),
        store.answers.revisions(comment.id),
      ]);
      res.json(presentRevisions(comment, revisions, answerRevisions, viewerOf(req)));
    },
  );

  router.put(
    `${one}/answer`,
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.respond"),
    ctx.postingLimits.guard("answer"),
    validate("body", AnswerBody),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const comment = await answerGiver({
        ...commentServices(ctx),
        documentId,
        commentId: String(req.params.commentId),
        drafter: signedInUser(req),
        disposition: req.body.disposition,
        explanation: req.body.explanation,
        now: ctx.clock.now(),
      });
      res.json(await commentFor(req, store, documentId, comment.id));
    },
  );

  /** `?context=draft` or `round:<n>`: the version id to keep, null for the live draft. */
  async function contextFilter(documentId: string, context: string | undefined) {
    if (context === undefined) return undefined;
    if (context === "draft") return { versionId: null };
    const round = await store.rounds.find(documentId, Number(context.slice("round:".length)));
    if (!round) throw roundNotFound();
    return { versionId: round.versionId };
  }

  router.use(threadPagesRouter(ctx));
  router.use(suggestionsRouter(ctx));
  router.use(moderationRouter(ctx));
  router.use(attachmentsRouter(ctx));
  router.use(commentEventsRouter(ctx));
  return router;
}
