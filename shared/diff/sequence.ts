/**
 * Longest common subsequence of two sequences of integers by Myers' O(ND) algorithm, shared by
 * the word-level diff (tokens) and the alignment of blocks (block texts), both interned to
 * integers first.
 */

/**
 * Past this many edits the middle of the two sequences is treated as entirely different (all
 * deleted, all inserted): the trace kept for the walk back grows with the square of the edits.
 */
const MAX_EDITS = 2000;

/** Index pairs [i, j] with a[i] === b[j], increasing in both, forming a longest common subsequence. */
export function commonSubsequence(
  a: readonly number[],
  b: readonly number[],
): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  pairs.push(...middleSubsequence(a, b, start, endA, endB));
  for (let i = 0; endA + i < a.length; i++) pairs.push([endA + i, endB + i]);
  return pairs;
}

/**
 * Whether the furthest path on diagonal k at step d continues one from diagonal k + 1 (an
 * insertion) rather than k - 1 (a deletion); `x` gives the furthest x reached on a diagonal.
 */
function fromAbove(d: number, k: number, x: (k: number) => number): boolean {
  return k === -d || (k !== d && x(k - 1) < x(k + 1));
}

/** Myers' forward search on a[start..endA) and b[start..endB), then a walk back through its trace. */
function middleSubsequence(
  a: readonly number[],
  b: readonly number[],
  start: number,
  endA: number,
  endB: number,
): Array<[number, number]> {
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return [];
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const furthest = (k: number) => v[offset + k] ?? 0;
  // trace[d] holds v[k] for k in [-d-1, d+1] as it was when step d began.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = fromAbove(d, k, furthest) ? furthest(k + 1) : furthest(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, start);
    }
  }
  return [];
}

/** Walks from the end back to the start through the saved steps, collecting the diagonals. */
function backtrack(
  trace: Int32Array[],
  n: number,
  m: number,
  start: number,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const row = trace[d] as Int32Array;
    const furthest = (k: number) => row[k + d + 1] ?? 0;
    const k = x - y;
    const previousK = fromAbove(d, k, furthest) ? k + 1 : k - 1;
    const previousX = furthest(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      pairs.push([start + x, start + y]);
    }
    x = previousX;
    y = previousY;
  }
  return pairs.reverse();
}

/** Maps values to small integers so sequences of strings can be compared by `commonSubsequence`. */
export class Interner {
  private readonly codes = new Map<string, number>();

  /** The code of a value, the same for equal values. */
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(value, code);
    }
    return code;
  }
}
