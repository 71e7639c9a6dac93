import { commonSubsequence, Interner } from "./sequence.ts";
import { plainTokens, type TextToken } from "./tokens.ts";
import type { DiffPiece } from "./types.ts";

/**
 * A stretch of the diff: text both versions share (`textBefore` when a reference in it reads
 * differently before), or text one version replaced by the other.
 */
type Segment =
  | { shared: true; text: string; textBefore?: string }
  | { shared: false; deleted: string; inserted: string };

/**
 * Word-level diff of two texts: tokens (words, whitespace, punctuation) compared by longest common
 * subsequence, then tidied for reading. Whitespace shared between two changes joins them, so
 * "lima hari" → "tujuh minggu" reads as one replacement rather than two around an unchanged space;
 * within a replacement the deletion comes first. Equal and deleted pieces spell `before` exactly,
 * equal and inserted pieces spell `after`.
 */
export function diffWords(before: string, after: string): DiffPiece[] {
  return diffTokens(plainTokens(before), plainTokens(after));
}

/** `diffWords` on tokens; a token equal by key but read differently is an equal piece of its own. */
export function diffTokens(before: readonly TextToken[], after: readonly TextToken[]): DiffPiece[] {
  const interner = new Interner();
  const pairs = commonSubsequence(
    before.map((token) => interner.code(token.key)),
    after.map((token) => interner.code(token.key)),
  );
  const segments: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const [matchI, matchJ] of [...pairs, [before.length, after.length] as const]) {
    const deleted = joinText(before.slice(i, matchI));
    const inserted = joinText(after.slice(j, matchJ));
    if (deleted !== "" || inserted !== "") segments.push({ shared: false, deleted, inserted });
    const [old, current] = [before[matchI], after[matchJ]];
    if (old && current) {
      const reread = old.text === current.text ? {} : { textBefore: old.text };
      segments.push({ shared: true, text: current.text, ...reread });
    }
    i = matchI + 1;
    j = matchJ + 1;
  }
  return toPieces(joinSegments(segments));
}

const joinText = (tokens: readonly TextToken[]) => tokens.map((token) => token.text).join("");

/** Merges neighbouring segments of the same kind, absorbing whitespace caught between changes. */
function joinSegments(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  segments.forEach((segment, index) => {
    const last = merged.at(-1);
    const next = segments[index + 1];
    if (segment.shared) {
      const caught = last?.shared === false && next?.shared === false;
      if (caught && segment.textBefore === undefined && /^\s+$/.test(segment.text)) {
        last.deleted += segment.text;
        last.inserted += segment.text;
      } else if (
        last?.shared &&
        last.textBefore === undefined &&
        segment.textBefore === undefined
      ) {
        last.text += segment.text;
      } else merged.push({ ...segment });
    } else if (last?.shared === false) {
      last.deleted += segment.deleted;
      last.inserted += segment.inserted;
    } else merged.push({ ...segment });
  });
  return merged;
}

function toPieces(segments: Segment[]): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  for (const segment of segments) {
    if (segment.shared) {
      const { text, textBefore } = segment;
      pieces.push(
        textBefore === undefined ? { op: "equal", text } : { op: "equal", text, textBefore },
      );
    } else {
      if (segment.deleted !== "") pieces.push({ op: "delete", text: segment.deleted });
      if (segment.inserted !== "") pieces.push({ op: "insert", text: segment.inserted });
    }
  }
  return pieces;
}

/** The text before the change, from a block's pieces. */
export function textBefore(pieces: readonly DiffPiece[]): string {
  return pieces
    .map((piece) => (piece.op === "insert" ? "" : (piece.textBefore ?? piece.text)))
    .join("");
}

/** The text after the change, from a block's pieces. */
export function textAfter(pieces: readonly DiffPiece[]): string {
  return pieces.map((piece) => (piece.op === "delete" ? "" : piece.text)).join("");
}
