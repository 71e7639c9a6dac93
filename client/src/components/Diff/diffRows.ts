import type { BlockStatus, DiffPiece, DraftDiffEntry } from "../../../../shared/diff/types.ts";

/** Units shown as headings: BAB, Bagian, Paragraf, Pasal, and each Pasal's elucidation. */
const HEADING_UNITS: Readonly<Record<string, 3 | 4>> = {
  chapter: 3,
  part: 4,
  subpart: 4,
  article: 4,
  articleElucidation: 4,
};

/** One line of a comparison as it is shown: a heading of the structure, or a block of text. */
export interface DiffRow {
  /** Unique within the comparison (the entry it comes from). */
  key: string;
  kind: "heading" | "text";
  /** Heading level (3 for a BAB or a free draft's heading, 4 below it). */
  level: 3 | 4;
  status: BlockStatus;
  /** How the unit is cited: "Pasal 5", or "Pasal 5 → Pasal 6" when renumbered; null if none. */
  label: string | null;
  /** What is printed before it in each text ("Pasal 3" / "Pasal 4", "(2)"); null if nothing. */
  markerBefore: string | null;
  markerAfter: string | null;
  renumbered: boolean;
  /** Where it stands ("BAB II, Pasal 5 ayat (1)"), for screen readers and the side-by-side view. */
  locator: string | null;
  pieces: DiffPiece[];
  depth: number;
}

/** A unit's citation with its renumbering ("Pasal 3 → Pasal 4"). */
function labelOf(before: string | null, after: string | null, renumbered: boolean): string | null {
  if (renumbered && before && after) return `${before} → ${after}`;
  return after ?? before;
}

/**
 * The diff's entries as the rows a reader follows, keeping the draft's structure: BAB, Bagian,
 * Paragraf and Pasal become headings (with "Pasal 3 → Pasal 4" when renumbered); an ayat's or
 * item's marker ("(2)", "b.") goes before the text that follows it; containers without text of
 * their own (Pembukaan, Batang Tubuh, lists) are left out, their children carry the changes.
 */
export function diffRows(entries: readonly DraftDiffEntry[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let unit: DraftDiffEntry | null = null;
  for (const [index, entry] of entries.entries()) {
    const key = `${index}:${entry.id ?? entry.kind}`;
    const headingLevel = HEADING_UNITS[entry.kind];
    const locator = entry.locatorAfter ?? entry.locatorBefore;
    if (headingLevel) {
      const cited = labelOf(entry.markerBefore, entry.markerAfter, entry.renumbered);
      rows.push({
        key,
        kind: "heading",
        level: headingLevel,
        status: entry.status,
        label: cited ?? locator,
        markerBefore: entry.markerBefore ?? (entry.status === "added" ? null : locator),
        markerAfter: entry.markerAfter ?? (entry.status === "removed" ? null : locator),
        renumbered: entry.renumbered,
        locator,
        pieces: entry.pieces,
        depth: entry.depth,
      });
      unit = null;
      continue;
    }
    if (entry.pieces.length === 0) {
      // An ayat or item: its marker belongs to the text block that follows.
      if (entry.markerAfter ?? entry.markerBefore) unit = entry;
      continue;
    }
    const owner = unit && unit.depth < entry.depth ? unit : null;
    unit = null;
    rows.push({
      key,
      kind: entry.kind === "heading" ? "heading" : "text",
      level: 3,
      status: entry.status === "unchanged" && owner ? owner.status : entry.status,
      label: owner ? labelOf(owner.markerBefore, owner.markerAfter, owner.renumbered) : null,
      markerBefore: owner?.markerBefore ?? null,
      markerAfter: owner?.markerAfter ?? null,
      renumbered: owner?.renumbered ?? false,
      locator,
      pieces: entry.pieces,
      depth: entry.depth,
    });
  }
  return rows;
}

/**
 * Only the rows that changed, each with the headings it stands under (so "Pasal 5 → Pasal 6"
 * still says where a changed ayat is). Renumbering alone is not a change of the text.
 */
export function changedRows(rows: readonly DiffRow[]): DiffRow[] {
  const shown: DiffRow[] = [];
  const emitted = new Set<DiffRow>();
  let headings: DiffRow[] = [];
  for (const row of rows) {
    if (row.kind === "heading") {
      headings = [...headings.filter((h) => h.depth < row.depth), row];
    }
    if (row.status === "unchanged") continue;
    for (const heading of headings) {
      if (!emitted.has(heading)) {
        emitted.add(heading);
        shown.push(heading);
      }
    }
    if (!emitted.has(row)) {
      emitted.add(row);
      shown.push(row);
    }
  }
  return shown;
}

/** The text as it read before (equal and deleted pieces) or reads after (equal and inserted). */
export function piecesOf(pieces: readonly DiffPiece[], side: "before" | "after"): DiffPiece[] {
  return pieces.filter(
    (piece) => piece.op === "equal" || piece.op === (side === "before" ? "delete" : "insert"),
  );
}
