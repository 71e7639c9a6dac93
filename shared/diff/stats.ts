import { countWords } from "./tokens.ts";
import type { DraftDiff, DraftDiffStats } from "./types.ts";

/**
 * Counts for a "summary of changes": blocks by status, units renumbered, and words inserted and
 * deleted (the words of added and removed blocks included).
 */
export function diffStats(diff: DraftDiff): DraftDiffStats {
  const stats: DraftDiffStats = {
    unchanged: 0,
    changed: 0,
    added: 0,
    removed: 0,
    moved: 0,
    renumbered: 0,
    wordsInserted: 0,
    wordsDeleted: 0,
  };
  for (const entry of diff) {
    stats[entry.status]++;
    if (entry.renumbered) stats.renumbered++;
    for (const piece of entry.pieces) {
      if (piece.op === "insert") stats.wordsInserted += countWords(piece.text);
      if (piece.op === "delete") stats.wordsDeleted += countWords(piece.text);
    }
  }
  return stats;
}
