import type { NextFunction, Request, Response } from "express";
import type { Capability } from "../../../../shared/permissions.ts";
import { notFound } from "../../errors.ts";
import { documentAccess } from "../../policies/documentPolicy.ts";
import { roundAccess } from "../../policies/roundPolicy.ts";
import type { Store } from "../../store/index.ts";
import type { RouteContext } from "../context.ts";
import { forbidden, signedInUser } from "../guards.ts";

/** On a comment of a round's version, what a document capability means in the round. */
const IN_ROUND: Partial<Record<Capability, Capability>> = {
  "document.read": "round.read",
  "document.comment": "round.comment",
};

/** How a route finds the comment it acts on: its `:commentId`, or its `:attachmentId`'s comment. */
type Locate = (store: Store, documentId: string, req: Request) => Promise<string | null>;

/** The version of the comment `:commentId` (null: the live draft, or no such comment). */
export const byCommentId: Locate = async (store, documentId, req) =>
  (await store.comments.find(documentId, String(req.params.commentId)))?.versionId ?? null;

/** The version of the comment carrying `:attachmentId`. */
export const byAttachmentId: Locate = async (store, documentId, req) => {
  const attachment = await store.attachments.find(documentId, String(req.params.attachmentId));
  if (!attachment) return null;
  return (await store.comments.find(documentId, attachment.commentId))?.versionId ?? null;
};

/**
 * `requireDocument` for routes on one comment: a comment on the live draft needs the capability
 * on the document; a comment on a round's version needs its round equivalent in that round
 * (`round.read`, `round.comment`), so a participant without a document role can reply, reword
 * and attach there — never on the live draft. Capabilities with no round equivalent (answering,
 * deciding suggestions, moderating) still come from the document role alone.
 */
export function requireCommentAccess(
  ctx: RouteContext,
  capability: Capability,
  locate: Locate = byCommentId,
) {
  const { store } = ctx;
  return async (req: Request, _res: Response, next: NextFunction) => {
    const user = signedInUser(req);
    const documentId = String(req.params.documentId);
    const document = await store.documents.find(documentId);
    if (!document) throw notFound("document_not_found", "No document with this id exists.");
    const access = await documentAccess(store, user, documentId);
    const versionId = await locate(store, documentId, req);
    const round = versionId ? await store.rounds.findByVersion(versionId) : undefined;
    const effective = round
      ? await roundAccess({ store, user, access, round, now: ctx.clock.now() })
      : undefined;
    const reads = effective ? effective.canRead : access.can("document.read");
    if (!reads) throw notFound("document_not_found", "No document with this id exists.");
    const needed = effective ? (IN_ROUND[capability] ?? capability) : capability;
    if (!(effective ?? access).can(needed)) throw forbidden();
    req.document = document;
    req.access = effective ?? access;
    req.round = round;
    next();
  };
}
