import { type Request, Router } from "express";
import {
  type RoundView,
  type ThreadPageQuery,
  ThreadPageQuerySchema,
} from "../../../../shared/schemas/index.ts";
import { roundCloser } from "../../commands/roundCloser.ts";
import { roundCommentCreator } from "../../commands/roundCommentCreator.ts";
import { roundConcluder } from "../../commands/roundConcluder.ts";
import { roundOpener } from "../../commands/roundOpener.ts";
import { readThreadPage } from "../../comments/commentThreads.ts";
import { notFound } from "../../errors.ts";
import { documentAccess } from "../../policies/documentPolicy.ts";
import { readableRounds, roundAccess } from "../../policies/roundPolicy.ts";
import { presentModerationLog, presentThreadPage } from "../../presenters/commentPresenter.ts";
import { presentRound, presentVersionContent } from "../../presenters/roundPresenter.ts";
import { readRoundRecords } from "../../rounds/roundRecords.ts";
import { roundNotFound } from "../../rounds/roundRules.ts";
import type { RoundRecord } from "../../store/index.ts";
import { threadFor, viewerOf } from "../comments/viewer.ts";
import type { RouteContext } from "../context.ts";
import { DocumentParams } from "../documents/schema.ts";
import { documentOf, requireDocument, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { requireRound, roundAccessOf, roundOf } from "./roundGuards.ts";
import {
  RoundCloseBody,
  RoundCommentCreateBody,
  RoundConclusionBody,
  RoundOpenBody,
  RoundParams,
} from "./schema.ts";

/**
 * Consultation rounds of a document: drafters open, close and conclude them; the document's
 * readers and the round's participants read them, comment on their frozen version and read the
 * moderation log of the round's comments (its event stream is in `comments/events.ts`).
 * Mounted under `/api/documents/:documentId`.
 */
export function roundsRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store } = ctx;
  const one = "/rounds/:number";

  /** The round as the caller sees it now. */
  async function view(req: Request, round: RoundRecord): Promise<RoundView> {
    const now = ctx.clock.now();
    const user = signedInUser(req);
    const access = await documentAccess(store, user, round.documentId);
    const current = (await store.rounds.find(round.documentId, round.number)) ?? round;
    const inRound = await roundAccess({ store, user, access, round: current, now });
    return presentRound(await readRoundRecords(store, current), inRound, now);
  }

  router.post(
    "/rounds",
    validate("params", DocumentParams),
    requireDocument(store, "document.consult"),
    validate("body", RoundOpenBody),
    async (req, res) => {
      const document = documentOf(req);
      const { round } = await roundOpener({
        store,
        liveDrafts: ctx.liveDrafts,
        events: ctx.roundEvents,
        scheduler: ctx.roundScheduler,
        document,
        drafter: signedInUser(req),
        input: req.body,
        now: ctx.clock.now(),
      });
      res
        .status(201)
        .location(`/api/documents/${document.id}/rounds/${round.number}`)
        .json(await view(req, round));
    },
  );

  router.get("/rounds", validate("params", DocumentParams), async (req, res) => {
    const user = signedInUser(req);
    const documentId = String(req.params.documentId);
    const document = await store.documents.find(documentId);
    const now = ctx.clock.now();
    const readable = document ? await readableRounds(store, user, documentId, now) : [];
    const reader = document && (await documentAccess(store, user, documentId)).can("document.read");
    if (!reader && readable.length === 0) {
      throw notFound("document_not_found", "No document with this id exists.");
    }
    const rounds = await Promise.all(
      readable.map(async ({ round, access }) =>
        presentRound(await readRoundRecords(store, round), access, now),
      ),
    );
    res.json({ rounds });
  });

  router.get(
    one,
    validate("params", RoundParams),
    requireRound(ctx, "round.read"),
    async (req, res) => {
      const round = roundOf(req);
      const text = await store.versions.text(round.versionId);
      if (!text) throw roundNotFound();
      const records = await readRoundRecords(store, round);
      res.json({
        ...presentRound(records, roundAccessOf(req), ctx.clock.now()),
        content: presentVersionContent(text),
      });
    },
  );

  router.post(
    `${one}/close`,
    validate("params", RoundParams),
    requireRound(ctx, "document.consult"),
    validate("body", RoundCloseBody),
    async (req, res) => {
      const round = await roundCloser({
        store,
        events: ctx.roundEvents,
        scheduler: ctx.roundScheduler,
        sealer: ctx.roundSealer,
        log: ctx.log,
        round: roundOf(req),
        drafter: signedInUser(req),
        reason: req.body.reason,
        now: ctx.clock.now(),
      });
      res.json(await view(req, round));
    },
  );

  router.post(
    `${one}/conclusion`,
    validate("params", RoundParams),
    requireRound(ctx, "document.consult"),
    validate("body", RoundConclusionBody),
    async (req, res) => {
      const round = await roundConcluder({
        store,
        events: ctx.roundEvents,
        sealer: ctx.roundSealer,
        log: ctx.log,
        round: roundOf(req),
        drafter: signedInUser(req),
        conclusion: req.body.conclusion,
        now: ctx.clock.now(),
      });
      res.json(await view(req, round));
    },
  );

  router.get(
    `${one}/comments`,
    validate("params", RoundParams),
    requireRound(ctx, "round.read"),
    validate("query", ThreadPageQuerySchema),
    async (req, res) => {
      const round = roundOf(req);
      const scope = { documentId: round.documentId, versionId: round.versionId };
      const query = req.query as unknown as ThreadPageQuery;
      const page = await readThreadPage(store, scope, query);
      // Only those who may read the live draft learn which comments are not marked on it.
      const seesDraft = roundAccessOf(req).can("document.read");
      res.json({
        ...presentThreadPage(page, viewerOf(req)),
        notOnDraft: seesDraft
          ? page.threads.filter((t) => t.comment.onDraft === false).map((t) => t.comment.id)
          : [],
      });
    },
  );

  router.get(
    `${one}/moderation-log`,
    validate("params", RoundParams),
    requireRound(ctx, "round.read"),
    async (req, res) => {
      const round = roundOf(req);
      // Replies carry their thread's version, so this is every comment made in the round.
      const inRound = new Set(await store.commentPages.idsInVersion(round.versionId));
      const entries = await store.moderation.listForDocument(round.documentId);
      res.json(presentModerationLog(entries.filter((e) => inRound.has(e.commentId))));
    },
  );

  router.post(
    `${one}/comments`,
    validate("params", RoundParams),
    requireRound(ctx, "round.comment"),
    ctx.postingLimits.guard("comment"),
    validate("body", RoundCommentCreateBody),
    async (req, res) => {
      const document = documentOf(req);
      const comment = await roundCommentCreator({
        store,
        liveDrafts: ctx.liveDrafts,
        events: ctx.commentEvents,
        document,
        round: roundOf(req),
        author: signedInUser(req),
        input: req.body,
        now: ctx.clock.now(),
      });
      const thread = await threadFor(req, store, document.id, comment.id);
      res
        .status(201)
        .location(`/api/documents/${document.id}/comments/${comment.id}`)
        .json({ ...thread, onDraft: comment.onDraft === true });
    },
  );

  return router;
}
