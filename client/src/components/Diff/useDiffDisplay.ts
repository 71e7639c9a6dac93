import { useMemo, useState } from "react";
import type { DraftDiffEntry } from "../../../../shared/diff/types.ts";
import { changedRows, type DiffRow, diffRows } from "./diffRows.ts";

/** How a comparison is drawn: one column or two. */
export type DiffMode = "inline" | "sideBySide";

/** A comparison's rows as the reader chose to see them, and the choices (`DiffControls`). */
export interface DiffDisplay {
  rows: DiffRow[];
  mode: DiffMode;
  setMode: (mode: DiffMode) => void;
  onlyChanges: boolean;
  setOnlyChanges: (onlyChanges: boolean) => void;
}

/**
 * The rows of a comparison, inline at first and only the changed passages (with the headings
 * they stand under) until the reader asks for every passage; none while there are no entries.
 */
export function useDiffDisplay(entries: readonly DraftDiffEntry[] | null): DiffDisplay {
  const [mode, setMode] = useState<DiffMode>("inline");
  const [onlyChanges, setOnlyChanges] = useState(true);
  const rows = useMemo(() => {
    if (!entries) return [];
    const all = diffRows(entries);
    return onlyChanges ? changedRows(all) : all;
  }, [entries, onlyChanges]);
  return { rows, mode, setMode, onlyChanges, setOnlyChanges };
}
