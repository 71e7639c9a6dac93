/**
 * Tokens of a word-level diff, for Indonesian text. A word keeps its inner hyphens and
 * apostrophes (reduplication "sehari-hari", "ke-2", "Jum'at") and a number its separators
 * ("Rp1.000.000,00", "2,5"); a run of whitespace is one token; every other character (".", ",",
 * ";", "(", ")", "…", "—") is a token on its own, so "ayat (2)" and "ayat (3)" differ in one token.
 * Every character of the text belongs to exactly one token.
 */
const TOKEN =
  /[\p{L}\p{N}\p{M}]+(?:(?:[-'’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*|\s+|[^\p{L}\p{N}\p{M}\s]/gu;

const WORD = /[\p{L}\p{N}]/u;

/**
 * A token of a block's text: how it reads, and what it is compared by. They differ only for a
 * reference, which reads as its target's current citation ("Pasal 7") and is compared by its
 * target, so a reference that follows a renumbering is the same token before and after.
 */
export interface TextToken {
  text: string;
  key: string;
}

/** Splits text into words, whitespace runs and single punctuation marks; joined, they are the text. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Tokens of plain text, compared by what they read. */
export function plainTokens(text: string): TextToken[] {
  return tokenize(text).map((token) => ({ text: token, key: token }));
}

/** The token of a reference: one unit, however many words its citation has. */
export function referenceToken(targetId: string | null, citation: string | null): TextToken {
  // Control characters keep keys apart from any text; a dangling reference is a different token.
  const key = `\u0000${citation === null ? "?" : ""}${targetId ?? ""}\u0000`;
  return { text: citation ?? DANGLING_REFERENCE_TEXT, key };
}

/** How a reference whose target no longer exists reads in a diff. */
export const DANGLING_REFERENCE_TEXT = "[?]";

/** Whether a token is a word (contains a letter or digit) rather than space or punctuation. */
export function isWord(token: string): boolean {
  return WORD.test(token);
}

/** Number of words in a text, for change statistics. */
export function countWords(text: string): number {
  return tokenize(text).filter(isWord).length;
}
