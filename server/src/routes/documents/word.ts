import express, { Router } from "express";
import { z } from "zod";
import { documentCreator } from "../../commands/documentCreator.ts";
import { HttpError } from "../../errors.ts";
import { presentDocument } from "../../presenters/documentPresenter.ts";
import { exportRegulationDocx } from "../../regulation/docxExporter.ts";
import { importRegulationDocx } from "../../regulation/docxImporter.ts";
import { renderPrintPage } from "../../regulation/printPage.ts";
import { readRegulationContent } from "../../regulation/regulationContent.ts";
import type { RouteContext } from "../context.ts";
import { documentOf, requireDocument, requireDraftStarter, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { DocumentParams } from "./schema.ts";

/** The media type of a Word (.docx) file. */
export const DOCX_MEDIA_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const ImportQuery = z.object({
  title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
});

/**
 * Word in and out: start a structured draft from a .docx, download the live draft
 * as .docx, or open it as a print page that prints to PDF.
 */
export function wordRouter(ctx: RouteContext) {
  const router = Router();
  const { store } = ctx;

  router.post(
    "/import",
    requireDraftStarter(store),
    express.raw({ type: [DOCX_MEDIA_TYPE, "application/octet-stream"], limit: "10mb" }),
    validate("query", ImportQuery),
    async (req, res) => {
      const user = signedInUser(req);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw new HttpError(415, "not_docx", "Send the Word file as the request body.");
      }
      // Recognised completely before anything is stored: a failed import leaves nothing behind.
      const imported = await importRegulationDocx(new Uint8Array(req.body));
      const { title } = req.query as unknown as z.infer<typeof ImportQuery>;
      const record = await documentCreator({
        store,
        title,
        ownerId: user.id,
        content: imported.doc,
      });
      res
        .status(201)
        .json({ document: presentDocument(record, "owner"), unrecognised: imported.unrecognised });
    },
  );

  router.get(
    "/:documentId/export.docx",
    validate("params", DocumentParams),
    requireDocument(store, "document.edit"),
    async (req, res) => {
      const document = documentOf(req);
      if (document.form !== "regulation") {
        throw new HttpError(
          409,
          "not_structured",
          "Only structured drafts can be exported to Word.",
        );
      }
      const bytes = await exportRegulationDocx(await readRegulationContent(store, document.id));
      const filename = `${document.title.replace(/[^\p{L}\p{N} ._-]+/gu, "").slice(0, 100) || "rancangan"}.docx`;
      res
        .status(200)
        .type(DOCX_MEDIA_TYPE)
        .set(
          "Content-Disposition",
          `attachment; filename="rancangan.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        )
        .set("X-Content-Type-Options", "nosniff")
        .send(Buffer.from(bytes));
    },
  );

  router.get(
    "/:documentId/print",
    validate("params", DocumentParams),
    requireDocument(store, "document.edit"),
    async (req, res) => {
      const document = documentOf(req);
      if (document.form !== "regulation") {
        throw new HttpError(409, "not_structured", "Only structured drafts have a print layout.");
      }
      const html = renderPrintPage(document.title, await readRegulationContent(store, document.id));
      res.status(200).type("html").set("Cache-Control", "no-store").send(html);
    },
  );

  return router;
}
