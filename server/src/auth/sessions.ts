import type { IncomingMessage } from "node:http";
import type { Store, UserRecord } from "../store/index.ts";
import { type Actor, anonymousActor } from "./actor.ts";
import { hashToken, newToken } from "./tokens.ts";

/** Name of the session cookie. */
export const SESSION_COOKIE = "rembuk_session";

/** How long a session lasts. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Creates a session for a person and returns the token for their cookie. */
export async function sessionCreator(props: { store: Store; userId: string; now?: Date }) {
  const now = props.now ?? new Date();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await props.store.sessions.insert({
    tokenHash: hashToken(token),
    userId: props.userId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Finds who a request (HTTP or WebSocket upgrade) comes from: a live session of an
 * enabled account, or nobody.
 */
export async function resolveActor(
  store: Store,
  req: IncomingMessage,
  now = new Date(),
): Promise<Actor> {
  const checkedFrom = performance.now();
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (!token || token.length > 200) return anonymousActor(checkedFrom);
  const tokenHash = hashToken(token);
  const session = await store.sessions.find(tokenHash);
  if (!session || session.expiresAt <= now.toISOString()) return anonymousActor(checkedFrom);
  const user: UserRecord | undefined = await store.users.find(session.userId);
  if (!user || user.disabledAt) return anonymousActor(checkedFrom);
  return { user, sessionTokenHash: tokenHash, sessionExpiresAt: session.expiresAt, checkedFrom };
}
