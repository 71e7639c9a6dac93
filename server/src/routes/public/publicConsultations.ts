import { type Response, Router } from "express";
import { sealHash } from "../../../../shared/record/seal.ts";
import { ConsultationQuerySchema, type PublicRecord } from "../../../../shared/schemas/index.ts";
import { notFound } from "../../errors.ts";
import { renderCommentsCsv } from "../../record/commentsCsv.ts";
import { listConsultations } from "../../record/consultations.ts";
import { renderDimPage } from "../../record/dimPage.ts";
import { isPublished } from "../../record/publication.ts";
import { buildPublicRecord } from "../../record/recordBuilder.ts";
import { type Clock, systemClock } from "../../rounds/clock.ts";
import type { RouteContext } from "../context.ts";
import { validate } from "../validate.ts";
import { ConsultationParams, PublicAttachmentParams, PublicRoundParams } from "./schema.ts";

/** 404 for a consultation that does not exist or has nothing published: the two look the same. */
const consultationNotFound = () =>
  notFound("consultation_not_found", "There is no published consultation here.");

/** Open data: anyone may fetch it from anywhere, and it never differs by who asks. */
function openData(res: Response) {
  res.set({
    "Access-Control-Allow-Origin": "*",
    "Cache-Control": "public, max-age=60",
    "X-Content-Type-Options": "nosniff",
  });
}

/**
 * The public record, without an account: the list of published consultations, each one's
 * complete record as JSON (with seals), its comments as CSV, each round's response table (DIM)
 * as a print page, and the attachments of visible comments. Only rounds that have opened are
 * published; the live draft and comments on it are never read here.
 */
export function publicConsultationsRouter(ctx: RouteContext & { clock?: Clock }) {
  const { store } = ctx;
  const now = () => (ctx.clock ?? systemClock).now();
  const router = Router();

  const recordOf = async (documentId: string): Promise<PublicRecord> => {
    const record = await buildPublicRecord({ store, documentId, now: now() });
    if (!record) throw consultationNotFound();
    return record;
  };

  router.get("/", validate("query", ConsultationQuerySchema), async (req, res) => {
    const query = req.query as unknown as ReturnType<typeof ConsultationQuerySchema.parse>;
    openData(res);
    res.json({ consultations: await listConsultations({ store, now: now(), query }) });
  });

  router.get("/:documentId/record", validate("params", ConsultationParams), async (req, res) => {
    const record = await recordOf(String(req.params.documentId));
    openData(res);
    res.json(record);
  });

  router.get(
    "/:documentId/comments.csv",
    validate("params", ConsultationParams),
    async (req, res) => {
      const record = await recordOf(String(req.params.documentId));
      openData(res);
      res
        .type("text/csv; charset=utf-8; header=present")
        .attachment(`${record.document.id}-comments.csv`)
        .send(renderCommentsCsv(record));
    },
  );

  router.get(
    "/:documentId/rounds/:number/dim",
    validate("params", PublicRoundParams),
    async (req, res) => {
      const record = await recordOf(String(req.params.documentId));
      const round = record.rounds.find((r) => r.record.number === Number(req.params.number));
      if (!round)
        throw notFound("round_not_found", "There is no published round with that number.");
      res.set({ "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" });
      const last = round.seals.at(-1);
      const sealHolds = last
        ? (await sealHash(record.document.id, round.record, last)) === last.hash
        : null;
      res
        .status(200)
        .type("html")
        .send(renderDimPage(record, round, sealHolds));
    },
  );

  router.get(
    "/:documentId/attachments/:attachmentId",
    validate("params", PublicAttachmentParams),
    async (req, res) => {
      const documentId = String(req.params.documentId);
      const attachment = await store.attachments.find(documentId, String(req.params.attachmentId));
      const comment = attachment && (await store.comments.find(documentId, attachment.commentId));
      const round = comment?.versionId
        ? await store.rounds.findByVersion(comment.versionId)
        : undefined;
      if (!attachment || comment?.status !== "visible" || !round || !isPublished(round, now())) {
        throw notFound("attachment_not_found", "There is no published attachment here.");
      }
      openData(res);
      res
        .status(200)
        .type("application/pdf")
        .attachment(attachment.name)
        .set("Content-Security-Policy", "sandbox")
        .send(attachment.data);
    },
  );

  return router;
}
