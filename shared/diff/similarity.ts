import type { DraftBlock } from "./blocks.ts";
import { isWord } from "./tokens.ts";

/** The words of a block, counted, for comparing blocks whatever their word order. */
export interface WordBag {
  counts: Map<string, number>;
  total: number;
}

/** Counts the words of a block, ignoring case; a reference counts as one word. */
export function wordBag(block: DraftBlock): WordBag {
  const counts = new Map<string, number>();
  const words = block.tokens
    .filter((token) => token.key !== token.text || isWord(token.text))
    .map((token) => token.key.toLocaleLowerCase("id"));
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, total: words.length };
}

/**
 * How alike two blocks are, from 0 to 1: the share of words they have in common (Dice
 * coefficient over word counts). Blocks of different kinds are not alike; two blocks without
 * words (empty paragraphs) are.
 */
export function blockSimilarity(
  a: DraftBlock,
  b: DraftBlock,
  bagA: WordBag,
  bagB: WordBag,
): number {
  if (a.kind !== b.kind) return 0;
  if (bagA.total === 0 || bagB.total === 0) return bagA.total === bagB.total ? 1 : 0;
  const [small, large] = bagA.counts.size <= bagB.counts.size ? [bagA, bagB] : [bagB, bagA];
  let common = 0;
  for (const [word, count] of small.counts) common += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * common) / (bagA.total + bagB.total);
}

/** Positions (indices into `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): Set<number> {
  // tails[l]: position of the smallest last value of an increasing run of length l + 1.
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    previous[position] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = position;
  });
  const kept = new Set<number>();
  for (let position = tails.at(-1) ?? -1; position >= 0; position = previous[position] as number) {
    kept.add(position);
  }
  return kept;
}
