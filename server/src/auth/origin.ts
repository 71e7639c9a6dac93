import type { IncomingMessage } from "node:http";

/**
 * True when a request may act with the person's cookie: it carries no Origin (not
 * a cross-site browser request — browsers always send Origin on cross-site POSTs and
 * WebSocket upgrades) or its Origin is this app's own (the Host it was sent to, or
 * one of `allowedOrigins`). Guards against CSRF and cross-site WebSocket hijacking.
 */
export function isSameOrigin(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const fetchSite = req.headers["sec-fetch-site"];
  if (fetchSite === "cross-site") return false;
  if (!origin) return true;
  if (allowedOrigins.includes(origin)) return true;
  const host = req.headers.host;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}
