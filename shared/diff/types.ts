/** What happened to a block between two versions of a draft. */
export type BlockStatus = "unchanged" | "changed" | "added" | "removed" | "moved";

/** What a piece of inline text is in the word-level diff. */
export type PieceOp = "equal" | "insert" | "delete";

/**
 * A run of text in a word-level diff. The `equal` and `delete` pieces of an entry, in order,
 * spell the block's text before (an equal piece by its `textBefore` when it has one); the `equal`
 * and `insert` pieces spell it after, exactly. Neighbouring pieces have different ops, except
 * around an equal piece with `textBefore`, which stands alone.
 */
export interface DiffPiece {
  op: PieceOp;
  /** The text as it reads after (before, for a deletion). */
  text: string;
  /**
   * Only on an equal piece that is a reference whose citation followed a renumbering: how it read
   * before ("Pasal 7" where `text` is "Pasal 8"). Not a change of the text.
   */
  textBefore?: string;
}

/**
 * One block of the compared drafts: a text block (paragraph, heading, title line) or, in a
 * regulation, a structural unit (BAB, Bagian, Pasal, ayat, huruf/angka item, Menimbang …).
 * A unit's status concerns its own text only (the title of a BAB, Bagian or Paragraf; nothing for
 * a Pasal or ayat, whose text is in the blocks that follow it), so a Pasal whose ayat was edited
 * is "unchanged" and the edited ayat's paragraph is "changed".
 */
export interface DraftDiffEntry {
  status: BlockStatus;
  /** ProseMirror node type name: "paragraph", "heading", "chapter", "article", "clause" … */
  kind: string;
  /** Number of enclosing nodes below the document (0 for a child of the document). */
  depth: number;
  /** Node type names of the enclosing nodes, outermost first, without the document. */
  path: string[];
  /** Stable unit id of a regulation unit; null for blocks without one. */
  id: string | null;
  /** How the unit is cited before ("Pasal 5", "ayat (2)", "huruf b"); null if not numbered. */
  labelBefore: string | null;
  /** How the unit is cited after; null if not numbered or removed. */
  labelAfter: string | null;
  /** What is printed before the unit before: "BAB II", "Pasal 5", "(2)", "b." … */
  markerBefore: string | null;
  /** What is printed before the unit after. */
  markerAfter: string | null;
  /** The unit's number changed (a renumbering alone is not a text change). */
  renumbered: boolean;
  /**
   * Where the block stood before: "BAB I, Pasal 5 ayat (2)" in a regulation, the nearest heading
   * in a free draft (null above the first heading, or when the block is new).
   */
  locatorBefore: string | null;
  /** Where the block stands after (null when it was removed). */
  locatorAfter: string | null;
  /** Word-level diff of the block's text. */
  pieces: DiffPiece[];
}

/** Blocks in the order of the later version; removed blocks sit where they were. */
export type DraftDiff = DraftDiffEntry[];

/** Counts for a "summary of changes". */
export interface DraftDiffStats {
  unchanged: number;
  changed: number;
  added: number;
  removed: number;
  moved: number;
  /** Matched units whose number changed, whatever their status. */
  renumbered: number;
  /** Words (letters or digits, not spaces or punctuation) inserted, added blocks included. */
  wordsInserted: number;
  /** Words deleted, removed blocks included. */
  wordsDeleted: number;
}
