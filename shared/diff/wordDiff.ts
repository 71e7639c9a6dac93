import { commonSubsequence, Interner } from "./sequence.ts";
import { tokenize } from "./tokens.ts";
import type { DiffPiece } from "./types.ts";

/** A stretch of the diff: text both versions share, or text one replaced by the other. */
type Segment = { equal: string } | { deleted: string; inserted: string };

/**
 * Word-level diff of two texts: tokens (words, whitespace, punctuation) compared by longest common
 * subsequence, then tidied for reading. A lone space shared between two changes joins them, so
 * "lima hari" → "tujuh minggu" reads as one replacement rather than two around an unchanged space;
 * within a replacement the deletion comes first. Equal and deleted pieces spell `before` exactly,
 * equal and inserted pieces spell `after`.
 */
export function diffWords(before: string, after: string): DiffPiece[] {
  if (before === after) return before === "" ? [] : [{ op: "equal", text: before }];
  const oldTokens = tokenize(before);
  const newTokens = tokenize(after);
  const interner = new Interner();
  const pairs = commonSubsequence(
    oldTokens.map((token) => interner.code(token)),
    newTokens.map((token) => interner.code(token)),
  );
  const segments: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const [matchI, matchJ] of [...pairs, [oldTokens.length, newTokens.length] as const]) {
    const deleted = oldTokens.slice(i, matchI).join("");
    const inserted = newTokens.slice(j, matchJ).join("");
    if (deleted !== "" || inserted !== "") segments.push({ deleted, inserted });
    if (matchI < oldTokens.length) segments.push({ equal: oldTokens[matchI] as string });
    i = matchI + 1;
    j = matchJ + 1;
  }
  return toPieces(joinAcrossSpaces(segments));
}

/** Merges neighbouring segments of the same kind, absorbing whitespace caught between changes. */
function joinAcrossSpaces(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as Segment;
    const last = merged.at(-1);
    const next = segments[index + 1];
    if ("equal" in segment) {
      const betweenChanges =
        last !== undefined && !("equal" in last) && next !== undefined && !("equal" in next);
      if (betweenChanges && /^\s+$/.test(segment.equal)) {
        last.deleted += segment.equal;
        last.inserted += segment.equal;
      } else if (last && "equal" in last) last.equal += segment.equal;
      else merged.push({ ...segment });
    } else if (last && !("equal" in last)) {
      last.deleted += segment.deleted;
      last.inserted += segment.inserted;
    } else merged.push({ ...segment });
  }
  return merged;
}

function toPieces(segments: Segment[]): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  for (const segment of segments) {
    if ("equal" in segment) pieces.push({ op: "equal", text: segment.equal });
    else {
      if (segment.deleted !== "") pieces.push({ op: "delete", text: segment.deleted });
      if (segment.inserted !== "") pieces.push({ op: "insert", text: segment.inserted });
    }
  }
  return pieces;
}

/** The text before the change, from a block's pieces. */
export function textBefore(pieces: readonly DiffPiece[]): string {
  return pieces
    .filter((piece) => piece.op !== "insert")
    .map((piece) => piece.text)
    .join("");
}

/** The text after the change, from a block's pieces. */
export function textAfter(pieces: readonly DiffPiece[]): string {
  return pieces
    .filter((piece) => piece.op !== "delete")
    .map((piece) => piece.text)
    .join("");
}
