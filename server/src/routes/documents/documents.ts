import { Router } from "express";
import { documentCreator } from "../../commands/documentCreator.ts";
import { notFound } from "../../errors.ts";
import type { Authorizer } from "../../policies/authorize.ts";
import { presentDocument } from "../../presenters/documentPresenter.ts";
import type { DocumentStore } from "../../store/index.ts";
import { authorize } from "../authorize.ts";
import { validate } from "../validate.ts";
import { CreateDocumentBody, DocumentParams } from "./schema.ts";

/** Routes for draft documents: list, create, read one. */
export function documentsRouter(deps: { documents: DocumentStore; authorizer: Authorizer }) {
  const router = Router();
  const { documents, authorizer } = deps;

  router.get("/", authorize(authorizer, "document.list"), async (_req, res) => {
    const records = await documents.list();
    res.json({ documents: records.map(presentDocument) });
  });

  router.post(
    "/",
    validate("body", CreateDocumentBody),
    authorize(authorizer, "document.create"),
    async (req, res) => {
      const record = await documentCreator({ documents, title: req.body.title });
      res.status(201).location(`/api/documents/${record.id}`).json(presentDocument(record));
    },
  );

  router.get(
    "/:documentId",
    validate("params", DocumentParams),
    authorize(authorizer, "document.read"),
    async (req, res) => {
      const record = await documents.find(String(req.params.documentId));
      if (!record) throw notFound("document_not_found", "No document with this id exists.");
      res.json(presentDocument(record));
    },
  );

  return router;
}
