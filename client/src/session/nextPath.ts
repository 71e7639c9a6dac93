/** Paths a person is never sent back to after signing in. */
const NOT_A_DESTINATION = ["/sign-in", "/setup"];

/**
 * The path to return to after signing in, from the `next` query parameter: only a path on this
 * site ("/…", never "//host" or "/\host"), so a crafted link cannot send people elsewhere.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw?.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (NOT_A_DESTINATION.some((path) => raw === path || raw.startsWith(`${path}?`))) return "/";
  return raw;
}

/** The sign-in address that returns to `path` afterwards. */
export function signInPath(path: string): string {
  const next = safeNextPath(path);
  return next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
}
