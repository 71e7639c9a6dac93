/**
 * The dialect layer between the stores' SQL and PostgreSQL. The stores write portable SQL
 * (quoted camelCase aliases, `ON CONFLICT … DO NOTHING`, `RETURNING`, `CAST(? AS TEXT)`), so
 * what is left to translate here is the placeholder syntax: SQLite's `?` becomes `$1`, `$2`, …
 */

/** Translations already made; the stores' statements are a small, fixed set. */
const translated = new Map<string, string>();
/** Beyond this many the cache starts over (e.g. `IN (?, ?, …)` lists of many lengths). */
const MAX_CACHED = 2000;

/** `sql` with each `?` outside quotes numbered as PostgreSQL expects (`$1`, `$2`, …). */
export function numberPlaceholders(sql: string): string {
  const cached = translated.get(sql);
  if (cached !== undefined) return cached;
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === "?") {
      n += 1;
      out += `$${n}`;
    } else {
      out += char;
    }
  }
  if (translated.size >= MAX_CACHED) translated.clear();
  translated.set(sql, out);
  return out;
}
