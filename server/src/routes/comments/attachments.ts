import express, { Router } from "express";
import { ATTACHMENT_MAX_BYTES } from "../../../../shared/schemas/index.ts";
import { attachmentAdder } from "../../commands/attachmentAdder.ts";
import { findComment } from "../../comments/commentErrors.ts";
import { HttpError, notFound } from "../../errors.ts";
import { presentAttachment, wordsVisible } from "../../presenters/commentPresenter.ts";
import type { RouteContext } from "../context.ts";
import { documentOf, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { byAttachmentId, requireCommentAccess } from "./commentGuard.ts";
import { AttachmentParams, AttachmentQuery, CommentParams } from "./schema.ts";
import { viewerOf } from "./viewer.ts";

/** The media type of a position paper. */
export const PDF_MEDIA_TYPE = "application/pdf";

const attachmentNotFound = () =>
  notFound("attachment_not_found", "No attachment with this id exists on this document.");

/**
 * Position papers: the author of a top-level comment uploads a PDF as the raw request body;
 * readers download it as a file that a browser neither renders inline nor sniffs.
 */
export function attachmentsRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store, commentEvents: events } = ctx;

  router.post(
    "/comments/:commentId/attachments",
    validate("params", CommentParams),
    requireCommentAccess(ctx, "document.comment"),
    ctx.postingLimits.guard("upload"),
    express.raw({
      type: [PDF_MEDIA_TYPE, "application/octet-stream"],
      limit: ATTACHMENT_MAX_BYTES,
    }),
    validate("query", AttachmentQuery),
    async (req, res) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw new HttpError(415, "not_a_pdf", "Send the PDF file as the request body.");
      }
      const documentId = documentOf(req).id;
      const attachment = await attachmentAdder({
        store,
        events,
        documentId,
        commentId: String(req.params.commentId),
        uploaderId: signedInUser(req).id,
        name: (req.query as unknown as { name: string }).name,
        data: req.body,
        now: ctx.clock.now(),
      });
      res.status(201).json(presentAttachment(documentId, attachment));
    },
  );

  router.get(
    "/attachments/:attachmentId",
    validate("params", AttachmentParams),
    requireCommentAccess(ctx, "document.read", byAttachmentId),
    async (req, res) => {
      const documentId = documentOf(req).id;
      const attachment = await store.attachments.find(documentId, String(req.params.attachmentId));
      if (!attachment) throw attachmentNotFound();
      const comment = await findComment(store, documentId, attachment.commentId);
      if (!wordsVisible(comment, viewerOf(req))) throw attachmentNotFound();
      res
        .status(200)
        .set({
          "Content-Type": PDF_MEDIA_TYPE,
          "Content-Disposition": `attachment; filename*=UTF-8''${encodeRfc5987(attachment.name)}`,
          "X-Content-Type-Options": "nosniff",
          "Content-Security-Policy": "sandbox",
          "Cache-Control": "private, no-store",
        })
        .send(attachment.data);
    },
  );

  return router;
}

/** A value for `filename*=UTF-8''…`: percent-encoded, including the characters RFC 5987 reserves. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
