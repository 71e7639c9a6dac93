import { Router } from "express";
import { documentCreator } from "../../commands/documentCreator.ts";
import { presentDocument } from "../../presenters/documentPresenter.ts";
import { commentsRouter } from "../comments/comments.ts";
import type { RouteContext } from "../context.ts";
import { requireDocument, requireDraftStarter, requireSignedIn, signedInUser } from "../guards.ts";
import { roundsRouter } from "../rounds/rounds.ts";
import { versionsRouter } from "../rounds/versions.ts";
import { validate } from "../validate.ts";
import { invitationsRouter } from "./invitations.ts";
import { rolesRouter } from "./roles.ts";
import { CreateDocumentBody, DocumentParams } from "./schema.ts";
import { wordRouter } from "./word.ts";

/** Draft documents: those the caller has a role on, creating one, reading one, sharing. */
export function documentsRouter(ctx: RouteContext) {
  const router = Router();
  const { store } = ctx;
  router.use(requireSignedIn());

  router.get("/", async (req, res) => {
    const user = signedInUser(req);
    const roles = new Map((await store.roles.forUser(user.id)).map((r) => [r.documentId, r.role]));
    // Administrators see every draft; everyone else only those they hold a role on.
    const records = user.isAdmin
      ? await store.documents.list()
      : await store.documents.listForUser(user.id);
    res.json({ documents: records.map((d) => presentDocument(d, roles.get(d.id) ?? null)) });
  });

  router.post(
    "/",
    validate("body", CreateDocumentBody),
    requireDraftStarter(store),
    async (req, res) => {
      const user = signedInUser(req);
      const record = await documentCreator({
        store,
        title: req.body.title,
        template: req.body.template,
        ownerId: user.id,
      });
      res
        .status(201)
        .location(`/api/documents/${record.id}`)
        .json(presentDocument(record, "owner"));
    },
  );

  router.use(wordRouter(ctx));

  const one = "/:documentId";
  router.get(
    one,
    validate("params", DocumentParams),
    requireDocument(store, "document.read"),
    (req, res) => {
      if (req.document) res.json(presentDocument(req.document, req.access?.documentRole ?? null));
    },
  );
  router.use(`${one}/roles`, validate("params", DocumentParams), rolesRouter(ctx));
  router.use(`${one}/invitations`, validate("params", DocumentParams), invitationsRouter(ctx));
  router.use(one, commentsRouter(ctx));
  router.use(one, roundsRouter(ctx));
  router.use(one, versionsRouter(ctx));

  return router;
}
