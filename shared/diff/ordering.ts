import type { BlockAlignment } from "./alignment.ts";
import type { DraftBlock } from "./blocks.ts";

/** One row of the diff: a block before, a block after, or both (-1 for the side it lacks). */
export interface EntrySource {
  before: number;
  after: number;
}

/**
 * The rows of the diff in the order of the later version, each removed block placed where it
 * stood: after the nearest earlier block that is still in place, or, when that block is a
 * previous sibling, after everything that sibling now holds, so a removed ayat does not land in
 * a new rincian of the ayat before it.
 */
export function entryOrder(
  before: DraftBlock[],
  after: DraftBlock[],
  alignment: BlockAlignment,
): EntrySource[] {
  const ends = subtreeEnds(after);
  const removedAfter = new Map<number, number[]>();
  before.forEach((_block, i) => {
    if (alignment.afterOf[i] !== -1) return;
    const slot = slotOf(before, alignment, ends, i);
    const removed = removedAfter.get(slot);
    if (removed) removed.push(i);
    else removedAfter.set(slot, [i]);
  });
  const rows: EntrySource[] = [];
  const emitRemoved = (slot: number) => {
    for (const i of removedAfter.get(slot) ?? []) rows.push({ before: i, after: -1 });
  };
  emitRemoved(-1);
  alignment.beforeOf.forEach((i, j) => {
    rows.push({ before: i, after: j });
    emitRemoved(j);
  });
  return rows;
}

/** Index after which the removed block `removed` is shown, or -1 for the very start. */
function slotOf(
  before: DraftBlock[],
  alignment: BlockAlignment,
  ends: number[],
  removed: number,
): number {
  const ancestors = new Set<number>();
  for (let p = before[removed]?.parent ?? null; p !== null; p = before[p]?.parent ?? null) {
    ancestors.add(p);
  }
  for (let candidate = removed - 1; candidate >= 0; candidate--) {
    if (alignment.afterOf[candidate] === -1) continue;
    // Climb to the child of the common ancestor; anything moved on the way is no landmark.
    let top: number | null = candidate;
    let inPlace = true;
    for (let x: number | null = candidate; x !== null && !ancestors.has(x); ) {
      const j = alignment.afterOf[x] as number;
      if (j === -1 || alignment.moved[j]) {
        inPlace = false;
        break;
      }
      top = x;
      x = before[x]?.parent ?? null;
    }
    if (!inPlace) continue;
    if (ancestors.has(candidate)) return alignment.afterOf[candidate] as number;
    return ends[alignment.afterOf[top as number] as number] as number;
  }
  return -1;
}

/** For each block, the index of the last block inside it (itself when it holds none). */
function subtreeEnds(blocks: DraftBlock[]): number[] {
  const ends = blocks.map((_block, index) => index);
  blocks.forEach((block, index) => {
    for (let p = block.parent; p !== null; p = blocks[p]?.parent ?? null) ends[p] = index;
  });
  return ends;
}
