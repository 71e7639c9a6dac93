import type { NextFunction, Request, Response } from "express";
import type { Capability } from "../../../../shared/permissions.ts";
import { notFound } from "../../errors.ts";
import { documentAccess } from "../../policies/documentPolicy.ts";
import { type RoundAccess, roundAccess } from "../../policies/roundPolicy.ts";
import { roundNotFound } from "../../rounds/roundRules.ts";
import type { RoundRecord } from "../../store/index.ts";
import type { RouteContext } from "../context.ts";
import { forbidden, signedInUser } from "../guards.ts";

declare global {
  namespace Express {
    interface Request {
      round?: RoundRecord;
    }
  }
}

const documentNotFound = () => notFound("document_not_found", "No document with this id exists.");

/**
 * Loads `:documentId` and round `:number` and checks the caller's capability in that round
 * (`roundAccess`): 404 `document_not_found` when they may read neither the document nor the
 * round (nothing is revealed), 404 `round_not_found` to a reader of the document when there is
 * no such round, 403 when they may read it but not do this.
 */
export function requireRound(ctx: RouteContext, capability: Capability) {
  const { store } = ctx;
  return async (req: Request, _res: Response, next: NextFunction) => {
    const user = signedInUser(req);
    const documentId = String(req.params.documentId);
    const document = await store.documents.find(documentId);
    if (!document) throw documentNotFound();
    const access = await documentAccess(store, user, documentId);
    const round = await store.rounds.find(documentId, Number(req.params.number));
    if (!round) throw access.can("document.read") ? roundNotFound() : documentNotFound();
    const inRound = await roundAccess({ store, user, access, round, now: ctx.clock.now() });
    if (!inRound.canRead) throw documentNotFound();
    if (!inRound.can(capability)) throw forbidden();
    req.document = document;
    req.access = inRound;
    req.round = round;
    next();
  };
}

/** The round `requireRound` loaded for this request. */
export function roundOf(req: Request): RoundRecord {
  if (!req.round) throw new Error("requireRound must run before this handler");
  return req.round;
}

/** The caller's access in the round `requireRound` loaded. */
export function roundAccessOf(req: Request): RoundAccess {
  const access = req.access as RoundAccess | undefined;
  if (!access || !("canRead" in access))
    throw new Error("requireRound must run before this handler");
  return access;
}
