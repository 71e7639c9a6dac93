/**
 * Tokens of a word-level diff, for Indonesian text. A word keeps its inner hyphens and
 * apostrophes (reduplication "sehari-hari", "ke-2", "Jum'at") and a number its separators
 * ("1.000.000", "2,5"); a run of whitespace is one token; every other character (".", ",", ";",
 * "(", ")", "…", "—") is a token on its own, so "ayat (2)" and "ayat (3)" differ in one token.
 * Every character of the text belongs to exactly one token.
 */
const TOKEN =
  /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*|\s+|[^\p{L}\p{N}\p{M}\s]|\p{M}/gu;

const WORD = /[\p{L}\p{N}]/u;

/** Splits text into words, whitespace runs and single punctuation marks; joined, they are the text. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Whether a token is a word (contains a letter or digit), as opposed to space or punctuation. */
export function isWord(token: string): boolean {
  return WORD.test(token);
}

/** Number of words in a text, for change statistics. */
export function countWords(text: string): number {
  return tokenize(text).filter(isWord).length;
}

/** Lower-cased words of a text, the basis of block similarity. */
export function wordsOf(text: string): string[] {
  return tokenize(text)
    .filter(isWord)
    .map((word) => word.toLocaleLowerCase("id"));
}
