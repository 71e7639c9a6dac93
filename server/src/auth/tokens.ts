import { createHash, randomBytes } from "node:crypto";

/** A new secret token: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token: its SHA-256, so the database alone grants nothing. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new record id: 12 URL-safe characters (72 random bits). */
export function newId(): string {
  return randomBytes(9).toString("base64url");
}
