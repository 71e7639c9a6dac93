import type { NextFunction, Request, Response } from "express";
import { isSameOrigin } from "../auth/origin.ts";
import { resolveActor } from "../auth/sessions.ts";
import { HttpError } from "../errors.ts";
import type { Store } from "../store/index.ts";

/** Attaches the request's actor (signed-in person or anonymous) from the session cookie. */
export function attachActor(store: Store) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    req.actor = await resolveActor(store, req);
    next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF guard: a request that changes something must not come from another site's
 * page. Browsers send Origin (and Sec-Fetch-Site) with every such request, so a
 * foreign one is refused; programs without a browser send none and pass.
 */
export function requireSameOriginForChanges(allowedOrigins: readonly string[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || isSameOrigin(req, allowedOrigins)) return next();
    throw new HttpError(403, "cross_site_request", "Requests from other sites are not accepted.");
  };
}

/** A body that is not JSON (or an allowed upload type) is refused (415) rather than silently ignored. */
export function requireJsonBodies(allowedUploads: string[] = []) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const length = req.headers["content-length"];
    const hasBody =
      req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
    if (
      !SAFE_METHODS.has(req.method) &&
      hasBody &&
      !req.is(["application/json", ...allowedUploads])
    ) {
      throw new HttpError(
        415,
        "unsupported_media_type",
        "Send the request body as application/json.",
      );
    }
    next();
  };
}
