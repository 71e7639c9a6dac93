import { setImmediate as nextTurn } from "node:timers/promises";
import * as Y from "yjs";

/** The shared text every scenario edits, as an editor would. */
export const TEXT_NAME = "body";

/** Small deterministic PRNG (mulberry32), so every server gets the same edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts `content` at a random place in the doc's text, as one transaction (one update). */
export function insertAtRandom(doc: Y.Doc, random: () => number, content: string): void {
  const text = doc.getText(TEXT_NAME);
  text.insert(Math.floor(random() * (text.length + 1)), content);
}

/** Yields to the event loop so queued socket frames go out and come in. */
export function yieldToIo(): Promise<void> {
  return nextTurn();
}

/**
 * Resolves at the first moment `ready()` holds, checked now and after each
 * update of any of `docs`; rejects after `timeoutMs` with `label`.
 */
export function waitForDocs(
  docs: readonly Y.Doc[],
  ready: () => boolean,
  timeoutMs: number,
  label: string,
): Promise<number> {
  if (ready()) return Promise.resolve(performance.now());
  return new Promise<number>((resolve, reject) => {
    const check = () => {
      if (!ready()) return;
      cleanup();
      resolve(performance.now());
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms: ${label}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      for (const doc of docs) doc.off("update", check);
    };
    for (const doc of docs) doc.on("update", check);
  });
}

/** Rejects when `promise` has not settled within `timeoutMs`. */
export async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, label: string) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${timeoutMs} ms: ${label}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Throws unless every doc holds the same text (and the expected length, when
 * given): a fast number over docs that did not converge would mean nothing.
 */
export function assertConverged(docs: readonly Y.Doc[], label: string, expectedLength?: number) {
  const first = docs[0]?.getText(TEXT_NAME).toString() ?? "";
  if (expectedLength !== undefined && first.length !== expectedLength) {
    throw new Error(`${label}: text has ${first.length} characters, expected ${expectedLength}`);
  }
  docs.forEach((doc, index) => {
    const text = doc.getText(TEXT_NAME).toString();
    if (text !== first) throw new Error(`${label}: client ${index} differs from client 0`);
  });
  const vector = Buffer.from(Y.encodeStateVector(docs[0] ?? new Y.Doc())).toString("base64");
  for (const doc of docs) {
    if (Buffer.from(Y.encodeStateVector(doc)).toString("base64") !== vector) {
      throw new Error(`${label}: state vectors differ`);
    }
  }
}
