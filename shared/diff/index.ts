export { CHANGED_SIMILARITY, MOVED_SIMILARITY } from "./alignment.ts";
export { type DraftBlock, draftBlocks } from "./blocks.ts";
export { type DraftContent, diffDrafts } from "./draftDiff.ts";
export { diffStats } from "./stats.ts";
export { countWords, DANGLING_REFERENCE_TEXT, type TextToken, tokenize } from "./tokens.ts";
export type {
  BlockStatus,
  DiffPiece,
  DraftDiff,
  DraftDiffEntry,
  DraftDiffStats,
  PieceOp,
} from "./types.ts";
export { diffWords, textAfter, textBefore } from "./wordDiff.ts";
