import type { NextFunction, Request, Response } from "express";
import type { Capability } from "../../../shared/permissions.ts";
import { actorOf } from "../auth/actor.ts";
import { HttpError, notFound } from "../errors.ts";
import {
  type DocumentAccess,
  documentAccess,
  mayCreateDocuments,
  siteCan,
} from "../policies/documentPolicy.ts";
import type { DocumentRecord, Store, UserRecord } from "../store/index.ts";

declare global {
  namespace Express {
    interface Request {
      document?: DocumentRecord;
      access?: DocumentAccess;
    }
  }
}

/** 401 with the id clients branch on. */
export const unauthenticated = () => new HttpError(401, "unauthenticated", "Sign in to continue.");

/** 403 with the id clients branch on. */
export const forbidden = (message = "You are not allowed to do this.") =>
  new HttpError(403, "forbidden", message);

/** The signed-in person, or a 401. */
export function signedInUser(req: Request): UserRecord {
  const { user } = actorOf(req);
  if (!user) throw unauthenticated();
  return user;
}

/** Lets only signed-in people through. */
export function requireSignedIn() {
  return (req: Request, _res: Response, next: NextFunction) => {
    signedInUser(req);
    next();
  };
}

/** Lets only people holding a site-wide capability through. */
export function requireSiteCapability(capability: Capability) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!siteCan(signedInUser(req), capability)) throw forbidden();
    next();
  };
}

/** Lets through only people who may start a new draft (`mayStartDrafts` in shared/). */
export function requireDraftStarter(store: Store) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    if (!(await mayCreateDocuments(store, signedInUser(req)))) {
      throw forbidden("Only members of a verified government organisation can start a draft.");
    }
    next();
  };
}

/**
 * Loads `:documentId` and checks the caller's capability on it: 401 when signed
 * out, 404 when it does not exist or they may not even read it (its existence is
 * not revealed), 403 when they may read it but not do this.
 */
export function requireDocument(store: Store, capability: Capability) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const user = signedInUser(req);
    const documentId = String(req.params.documentId);
    const document = await store.documents.find(documentId);
    const access = document ? await documentAccess(store, user, documentId) : undefined;
    if (!document || !access?.can("document.read")) {
      throw notFound("document_not_found", "No document with this id exists.");
    }
    if (!access.can(capability)) throw forbidden();
    req.document = document;
    req.access = access;
    next();
  };
}

/** The document `requireDocument` loaded for this request. */
export function documentOf(req: Request): DocumentRecord {
  if (!req.document) throw new Error("requireDocument must run before this handler");
  return req.document;
}
