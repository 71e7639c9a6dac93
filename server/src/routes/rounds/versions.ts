import { type Request, Router } from "express";
import { schemaForForm } from "../../../../shared/editor/freeSchema.ts";
import { diffDrafts, diffStats } from "../../../../shared/diff/index.ts";
import { versionRestorer } from "../../commands/versionRestorer.ts";
import { notFound } from "../../errors.ts";
import { documentAccess } from "../../policies/documentPolicy.ts";
import { readableRounds } from "../../policies/roundPolicy.ts";
import { presentVersion, presentVersionDetail } from "../../presenters/roundPresenter.ts";
import { versionNotFound } from "../../rounds/roundRules.ts";
import { versionDocument, withoutCommentMarks } from "../../rounds/versionContent.ts";
import type { RouteContext } from "../context.ts";
import { DocumentParams } from "../documents/schema.ts";
import {
  requireStructured,
  sendRegulationDocx,
  sendRegulationPrintPage,
} from "../documents/wordResponses.ts";
import { documentOf, forbidden, requireDocument, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { RoundParams, VersionDiffQuery } from "./schema.ts";

/**
 * Frozen versions of a document: listed, read, compared and exported (Word, print page) by its
 * readers and by the participants of the rounds that consulted on them; restored into the live
 * draft by drafters.
 */
export function versionsRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store } = ctx;

  /**
   * Which versions the caller may read: all of them for a reader of the document, else those of
   * the rounds they take part in; 404 `document_not_found` when none.
   */
  async function readableVersions(req: Request) {
    const user = signedInUser(req);
    const documentId = String(req.params.documentId);
    const document = await store.documents.find(documentId);
    const access = await documentAccess(store, user, documentId);
    const numbers = document
      ? new Set(
          (await readableRounds(store, user, documentId, ctx.clock.now())).map(
            (r) => r.round.number,
          ),
        )
      : new Set<number>();
    const readsAll = document !== undefined && access.can("document.read");
    if (!document || (!readsAll && numbers.size === 0)) {
      throw notFound("document_not_found", "No document with this id exists.");
    }
    const mayRead = (n: number) => readsAll || numbers.has(n);
    /** Version `n` with its text; 404 `version_not_found` when missing or not readable. */
    const read = async (n: number) => {
      const version = mayRead(n) ? await store.versions.find(document.id, n) : undefined;
      const text = version && (await store.versions.text(version.id));
      if (!version || !text) throw versionNotFound();
      return { version, text };
    };
    return { document, access, mayRead, read };
  }

  router.get("/versions", validate("params", DocumentParams), async (req, res) => {
    const { document, mayRead } = await readableVersions(req);
    const versions = await store.versions.list(document.id);
    res.json({ versions: versions.filter((v) => mayRead(v.number)).map(presentVersion) });
  });

  router.get("/versions/:number", validate("params", RoundParams), async (req, res) => {
    const { read } = await readableVersions(req);
    const { version, text } = await read(Number(req.params.number));
    res.json(presentVersionDetail(version, text));
  });

  router.get("/versions/:number/export.docx", validate("params", RoundParams), async (req, res) => {
    const { read } = await readableVersions(req);
    const { version, text } = await read(Number(req.params.number));
    requireStructured(version.form, "docx");
    await sendRegulationDocx(res, {
      content: text.content,
      title: version.title,
      suffix: `-versi-${version.number}`,
    });
  });

  router.get("/versions/:number/print", validate("params", RoundParams), async (req, res) => {
    const { read } = await readableVersions(req);
    const { version, text } = await read(Number(req.params.number));
    requireStructured(version.form, "print");
    sendRegulationPrintPage(res, {
      content: text.content,
      title: version.title,
      version: { number: version.number, title: version.title, frozenAt: version.createdAt },
    });
  });

  router.post(
    "/versions/:number/restore",
    validate("params", RoundParams),
    requireDocument(store, "document.consult"),
    async (req, res) => {
      if (!req.access?.can("document.edit")) throw forbidden();
      const number = Number(req.params.number);
      const { changed } = await versionRestorer({
        store,
        liveDrafts: ctx.liveDrafts,
        events: ctx.roundEvents,
        document: documentOf(req),
        number,
        drafter: signedInUser(req),
      });
      res.json({ version: number, changed });
    },
  );

  router.get(
    "/diff",
    validate("params", DocumentParams),
    validate("query", VersionDiffQuery),
    async (req, res) => {
      const { document, access, read } = await readableVersions(req);
      const { from, to } = req.query as unknown as { from: number; to: number | "live" };
      if (to === "live" && !access.can("document.edit")) throw forbidden();
      const readDocument = async (n: number) => {
        const { version, text } = await read(n);
        return versionDocument(version.form, text.content);
      };
      const before = await readDocument(from);
      const after =
        to === "live"
          ? withoutCommentMarks((await ctx.liveDrafts.snapshot(document.id, document.form)).doc)
          : await readDocument(to);
      const entries = diffDrafts(before, after, schemaForForm(document.form));
      res.json({ from, to, entries, stats: diffStats(entries) });
    },
  );

  return router;
}
