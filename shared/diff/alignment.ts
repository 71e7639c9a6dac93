import type { DraftBlock } from "./blocks.ts";
import { commonSubsequence, Interner } from "./sequence.ts";
import { blockSimilarity, longestIncreasing, type WordBag, wordBag } from "./similarity.ts";

/** An edited block pairs with its earlier self when at least this share of its words remains. */
export const CHANGED_SIMILARITY = 0.5;
/** A block found elsewhere pairs with its earlier self, as moved, from this share of words on. */
export const MOVED_SIMILARITY = 0.8;
/** Beyond this many block comparisons in one stretch, blocks are left unpaired (removed + added). */
const MAX_COMPARISONS = 250_000;

/** Which block of one version is which block of the other. */
export interface BlockAlignment {
  /** For each block before, the index of the same block after, or -1 if it was removed. */
  afterOf: number[];
  /** For each block after, the index of the same block before, or -1 if it was added. */
  beforeOf: number[];
  /** For each block after, whether it was moved: out of order, or to another parent. */
  moved: boolean[];
}

interface Aligner extends BlockAlignment {
  before: DraftBlock[];
  after: DraftBlock[];
  bagsBefore: WordBag[];
  bagsAfter: WordBag[];
}

/**
 * Pairs the blocks of two versions. Units with an id pair by id. Blocks without one (paragraphs,
 * headings) pair within their matched parent: identical text in order first (longest common
 * subsequence), identical text out of order as moved, then, between those anchors, edited blocks
 * with their earlier text when similar enough. Blocks left over pair across the whole document
 * as moved when nearly identical. Last, a pair whose parent changed or that left the order of its
 * siblings is marked moved.
 */
export function alignBlocks(blocksBefore: DraftBlock[], blocksAfter: DraftBlock[]): BlockAlignment {
  const [before, after] = withSharedIds(blocksBefore, blocksAfter);
  const aligner: Aligner = {
    before,
    after,
    afterOf: before.map(() => -1),
    beforeOf: after.map(() => -1),
    moved: after.map(() => false),
    bagsBefore: before.map((block) => wordBag(block)),
    bagsAfter: after.map((block) => wordBag(block)),
  };
  matchByIds(aligner);
  matchWithinParents(aligner);
  matchMovedAcrossParents(aligner);
  markDisplaced(aligner);
  const { afterOf, beforeOf, moved } = aligner;
  return { afterOf, beforeOf, moved };
}

/**
 * The blocks with only the ids both versions know. An id on one side only says nothing about
 * which block is which: a unit that got its id after the version was frozen (ids are given on
 * the first edit) is paired like a block without one, by its place and text.
 */
function withSharedIds(before: DraftBlock[], after: DraftBlock[]): [DraftBlock[], DraftBlock[]] {
  const idsOf = (blocks: DraftBlock[]) => new Set(blocks.flatMap((b) => (b.id ? [b.id] : [])));
  const [idsBefore, idsAfter] = [idsOf(before), idsOf(after)];
  const keepShared = (blocks: DraftBlock[], other: Set<string>) =>
    blocks.map((block) =>
      block.id !== null && !other.has(block.id) ? { ...block, id: null } : block,
    );
  return [keepShared(before, idsAfter), keepShared(after, idsBefore)];
}

function pair(aligner: Aligner, i: number, j: number, moved = false): void {
  aligner.afterOf[i] = j;
  aligner.beforeOf[j] = i;
  aligner.moved[j] = moved;
}

function similarity(aligner: Aligner, i: number, j: number): number {
  const { before, after, bagsBefore, bagsAfter } = aligner;
  const [a, b] = [before[i] as DraftBlock, after[j] as DraftBlock];
  return blockSimilarity(a, b, bagsBefore[i] as WordBag, bagsAfter[j] as WordBag);
}

function matchByIds(aligner: Aligner): void {
  const byId = new Map<string, number>();
  aligner.before.forEach((block, i) => {
    if (block.id !== null) byId.set(block.id, i);
  });
  aligner.after.forEach((block, j) => {
    const i = block.id === null ? undefined : byId.get(block.id);
    if (i !== undefined && aligner.before[i]?.kind === block.kind) pair(aligner, i, j);
  });
}

/** Blocks without an id, grouped by the index of their parent (null at the top). */
function childrenWithoutIds(blocks: DraftBlock[]): Map<number | null, number[]> {
  const groups = new Map<number | null, number[]>();
  blocks.forEach((block, index) => {
    if (block.id !== null) return;
    appendTo(groups, block.parent, index);
  });
  return groups;
}

function matchWithinParents(aligner: Aligner): void {
  const groupsBefore = childrenWithoutIds(aligner.before);
  // Groups come in document order, so a parent without an id is paired before its children.
  for (const [parentAfter, groupAfter] of childrenWithoutIds(aligner.after)) {
    const parentBefore = parentAfter === null ? null : aligner.beforeOf[parentAfter];
    if (parentBefore === -1 || parentBefore === undefined) continue;
    const groupBefore = groupsBefore.get(parentBefore) ?? [];
    alignSiblings(aligner, groupBefore, groupAfter);
    if (parentAfter !== null && aligner.after[parentAfter]?.id) {
      pairLastLeftOver(aligner, groupBefore, groupAfter);
    }
  }
}

/**
 * Inside one unit (a huruf, an ayat) the one paragraph left over on each side is that unit's
 * text rewritten, however much: the unit's id already says it is the same place in the draft.
 */
function pairLastLeftOver(aligner: Aligner, groupBefore: number[], groupAfter: number[]): void {
  const leftBefore = groupBefore.filter((i) => aligner.afterOf[i] === -1);
  const leftAfter = groupAfter.filter((j) => aligner.beforeOf[j] === -1);
  const [i, j] = [leftBefore[0], leftAfter[0]];
  if (leftBefore.length !== 1 || leftAfter.length !== 1 || i === undefined || j === undefined) {
    return;
  }
  if (aligner.before[i]?.kind === aligner.after[j]?.kind) pair(aligner, i, j);
}

function alignSiblings(aligner: Aligner, groupBefore: number[], groupAfter: number[]): void {
  const interner = new Interner();
  const key = (block: DraftBlock) => interner.code(`${block.kind}\u0000${block.key}`);
  const keysBefore = groupBefore.map((i) => key(aligner.before[i] as DraftBlock));
  const keysAfter = groupAfter.map((j) => key(aligner.after[j] as DraftBlock));
  const anchors = commonSubsequence(keysBefore, keysAfter);
  for (const [x, y] of anchors) pair(aligner, groupBefore[x] as number, groupAfter[y] as number);

  // The same text elsewhere among the siblings: cut and pasted.
  const waiting = new Map<number, number[]>();
  groupBefore.forEach((i, x) => {
    if (aligner.afterOf[i] !== -1 || aligner.before[i]?.text.trim() === "") return;
    appendTo(waiting, keysBefore[x] as number, i);
  });
  groupAfter.forEach((j, y) => {
    if (aligner.beforeOf[j] !== -1) return;
    const i = waiting.get(keysAfter[y] as number)?.shift();
    if (i !== undefined) pair(aligner, i, j, true);
  });

  let startBefore = 0;
  let startAfter = 0;
  for (const [x, y] of [...anchors, [groupBefore.length, groupAfter.length] as const]) {
    const gapBefore = groupBefore.slice(startBefore, x).filter((i) => aligner.afterOf[i] === -1);
    const gapAfter = groupAfter.slice(startAfter, y).filter((j) => aligner.beforeOf[j] === -1);
    pairEdited(aligner, gapBefore, gapAfter);
    startBefore = x + 1;
    startAfter = y + 1;
  }
}

/** Pairs edited blocks in order, maximising their total similarity (a weighted LCS). */
function pairEdited(aligner: Aligner, gapBefore: number[], gapAfter: number[]): void {
  const n = gapBefore.length;
  const m = gapAfter.length;
  if (n === 0 || m === 0 || n * m > MAX_COMPARISONS) return;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const alike = new Float64Array(n * m);
  const cell = (x: number, y: number) => score[x * width + y] as number;
  for (let x = 1; x <= n; x++) {
    for (let y = 1; y <= m; y++) {
      const s = similarity(aligner, gapBefore[x - 1] as number, gapAfter[y - 1] as number);
      alike[(x - 1) * m + y - 1] = s;
      const diagonal = s >= CHANGED_SIMILARITY ? cell(x - 1, y - 1) + s : 0;
      score[x * width + y] = Math.max(cell(x - 1, y), cell(x, y - 1), diagonal);
    }
  }
  for (let x = n, y = m; x > 0 && y > 0; ) {
    const s = alike[(x - 1) * m + y - 1] as number;
    if (s >= CHANGED_SIMILARITY && cell(x, y) === cell(x - 1, y - 1) + s) {
      pair(aligner, gapBefore[x - 1] as number, gapAfter[y - 1] as number);
      x--;
      y--;
    } else if (cell(x - 1, y) >= cell(x, y - 1)) x--;
    else y--;
  }
}

/** Blocks without ids still unpaired: a nearly identical one anywhere else was moved there. */
function matchMovedAcrossParents(aligner: Aligner): void {
  const lone = (blocks: DraftBlock[], partners: number[]) =>
    blocks.flatMap((block, index) =>
      block.id === null && partners[index] === -1 && block.text.trim() !== "" ? [index] : [],
    );
  const loneBefore = lone(aligner.before, aligner.afterOf);
  const loneAfter = lone(aligner.after, aligner.beforeOf);
  if (loneBefore.length * loneAfter.length > MAX_COMPARISONS) return;
  for (const j of loneAfter) {
    let best = -1;
    let bestSimilarity = MOVED_SIMILARITY;
    for (const i of loneBefore) {
      if (aligner.afterOf[i] !== -1) continue;
      const s = similarity(aligner, i, j);
      if (s >= bestSimilarity && (best === -1 || s > bestSimilarity))
        [best, bestSimilarity] = [i, s];
    }
    if (best !== -1) pair(aligner, best, j, true);
  }
}

/** A pair is moved when its parent is not its earlier parent, or it left its siblings' order. */
function markDisplaced(aligner: Aligner): void {
  const { before, after, beforeOf, moved } = aligner;
  const siblings = new Map<number | null, number[]>();
  after.forEach((block, j) => {
    const i = beforeOf[j] as number;
    if (i === -1 || moved[j]) return;
    const parentBefore = block.parent === null ? null : beforeOf[block.parent];
    if (parentBefore !== before[i]?.parent) {
      moved[j] = true;
      return;
    }
    appendTo(siblings, block.parent, j);
  });
  for (const group of siblings.values()) {
    const inOrder = longestIncreasing(group.map((j) => beforeOf[j] as number));
    group.forEach((j, position) => {
      if (!inOrder.has(position)) moved[j] = true;
    });
  }
}

function appendTo<K>(groups: Map<K, number[]>, key: K, value: number): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
