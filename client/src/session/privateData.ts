import type { DocumentRole } from "../../../shared/permissions.ts";
import { DOCUMENT_ROLES } from "../../../shared/permissions.ts";
import { type Me, MeSchema } from "../../../shared/schemas/index.ts";

/**
 * What this device remembers about the signed-in person so a draft still opens offline: their
 * account (for their name next to their caret) and their role on each draft they opened (so a
 * reader's draft never opens editable). All of it is forgotten on sign-out.
 */

const ME_KEY = "rembuk-me";
const ROLE_KEY_PREFIX = "rembuk-role:";
/** The service worker's cache (client/public/sw.js), which also holds answers of `/api/…`. */
const SHELL_CACHE = "rembuk-shell-v1";

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Without storage nothing is remembered; everything still works online.
  }
}

/** Remembers the signed-in person for offline visits. */
export function rememberMe(me: Me): void {
  write(ME_KEY, JSON.stringify(me));
}

/** The person remembered from the last online visit, if any. */
export function rememberedMe(): Me | null {
  const stored = read(ME_KEY);
  if (!stored) return null;
  try {
    const parsed = MeSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const roleKey = (userId: string, documentId: string) => `${ROLE_KEY_PREFIX}${userId}:${documentId}`;

/** Remembers a person's role on a draft (null: none) as the server last reported it. */
export function rememberRole(userId: string, documentId: string, role: DocumentRole | null): void {
  write(roleKey(userId, documentId), role ?? "none");
}

/** The role remembered for this person and draft; `undefined` when never seen. */
export function rememberedRole(
  userId: string,
  documentId: string,
): DocumentRole | null | undefined {
  const stored = read(roleKey(userId, documentId));
  if (stored === null) return undefined;
  return (DOCUMENT_ROLES as readonly string[]).includes(stored) ? (stored as DocumentRole) : null;
}

/**
 * Forgets everything personal this device kept: the remembered account and roles, and the
 * service worker's copies of API answers (lists of drafts are per person now).
 */
export async function forgetPrivateData(): Promise<void> {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) {
      if (key === ME_KEY || key?.startsWith(ROLE_KEY_PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // Storage unavailable: nothing was remembered.
  }
  if (!("caches" in window)) return;
  try {
    const cache = await caches.open(SHELL_CACHE);
    const requests = await cache.keys();
    await Promise.all(
      requests
        .filter((request) => new URL(request.url).pathname.startsWith("/api/"))
        .map((request) => cache.delete(request)),
    );
  } catch {
    // No cache to clear.
  }
}
