import express, { Router } from "express";
import { z } from "zod";
import { documentCreator } from "../../commands/documentCreator.ts";
import { HttpError } from "../../errors.ts";
import { presentDocument } from "../../presenters/documentPresenter.ts";
import { DOCX_IMPORT_LIMITS, docxImportPool } from "../../regulation/docxImportPool.ts";
import { readRegulationContent } from "../../regulation/regulationContent.ts";
import type { RouteContext } from "../context.ts";
import { documentOf, requireDocument, requireDraftStarter, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { ImportSlots } from "./importSlots.ts";
import { DocumentParams } from "./schema.ts";
import {
  DOCX_MEDIA_TYPE,
  requireStructured,
  sendRegulationDocx,
  sendRegulationPrintPage,
} from "./wordResponses.ts";

export { DOCX_MEDIA_TYPE } from "./wordResponses.ts";

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
  const importSlots = new ImportSlots(DOCX_IMPORT_LIMITS.threads);

  router.post(
    "/import",
    requireDraftStarter(store),
    importSlots.take(),
    express.raw({ type: [DOCX_MEDIA_TYPE, "application/octet-stream"], limit: "10mb" }),
    validate("query", ImportQuery),
    async (req, res) => {
      const user = signedInUser(req);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        throw new HttpError(415, "not_docx", "Send the Word file as the request body.");
      }
      // Recognised completely, in a worker, before anything is stored: a failed import leaves
      // nothing behind, and a hostile file costs a worker within its limits, never the server.
      const imported = await importSlots.holdUntil(
        res,
        docxImportPool().importRegulation(new Uint8Array(req.body)),
      );
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
      requireStructured(document.form, "docx");
      const content = await readRegulationContent(store, document.id);
      await sendRegulationDocx(res, { content, title: document.title });
    },
  );

  router.get(
    "/:documentId/print",
    validate("params", DocumentParams),
    requireDocument(store, "document.edit"),
    async (req, res) => {
      const document = documentOf(req);
      requireStructured(document.form, "print");
      const content = await readRegulationContent(store, document.id);
      sendRegulationPrintPage(res, { content, title: document.title });
    },
  );

  return router;
}
