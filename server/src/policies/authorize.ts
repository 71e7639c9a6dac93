import type { IncomingMessage } from "node:http";
import type { Request } from "express";

/** The outcome of an authorization check. */
export type Decision = { allowed: true } | { allowed: false; status: number; reason: string };

/** What a REST route asks before it acts. */
export interface RouteCheck {
  req: Request;
  action: "document.list" | "document.create" | "document.read";
  documentId?: string;
}

/**
 * The one place every route and every socket asks whether a request may go
 * ahead. Accounts and document roles arrive with the next milestone; until then
 * everything is allowed, but nothing bypasses this point.
 */
export interface Authorizer {
  authorizeRoute(check: RouteCheck): Promise<Decision>;
  authorizeSocket(check: {
    req: IncomingMessage;
    documentId: string | undefined;
  }): Promise<Decision>;
}

/** The authorizer used before accounts exist: allows everything. */
export function createOpenAuthorizer(): Authorizer {
  const allow = async (): Promise<Decision> => ({ allowed: true });
  return { authorizeRoute: allow, authorizeSocket: allow };
}
