import type { NextFunction, Request, Response } from "express";
import { HttpError } from "../errors.ts";
import type { Authorizer, RouteCheck } from "../policies/authorize.ts";

/** Middleware that asks the authorizer before a route acts. */
export function authorize(authorizer: Authorizer, action: RouteCheck["action"]) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const documentId =
      typeof req.params.documentId === "string" ? req.params.documentId : undefined;
    const decision = await authorizer.authorizeRoute({ req, action, documentId });
    if (!decision.allowed) throw new HttpError(decision.status, "forbidden", decision.reason);
    next();
  };
}
