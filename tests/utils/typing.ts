import { setTimeout as pause, setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { CollabClient } from "./collabClient.ts";

/** A small seeded generator, so a failing run can be replayed with the same edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TypingOptions {
  /** Number of edits to make. */
  edits: number;
  /** Share of edits that delete a few characters instead of inserting (default 0.2). */
  deleteShare?: number;
  /** Called after every edit; return true to stop early. */
  afterEdit?: () => boolean | undefined;
  /**
   * Time between two edits, like a person's keystrokes (default: none, only a
   * turn of the event loop). A load profile, not a synchronisation.
   */
  keystrokeMs?: number;
}

/**
 * Makes `edits` random edits to a client's draft text — short insertions at
 * random positions, some deletions — yielding to the event loop between two
 * edits so that several clients' edits and the server's relays interleave.
 * Returns the number of edits made.
 */
export async function typeRandomly(
  client: CollabClient,
  random: () => number,
  options: TypingOptions,
): Promise<number> {
  const { edits, deleteShare = 0.2 } = options;
  const letters = "abcdefghijklmnopqrstuvwxyz ";
  for (let made = 0; made < edits; ) {
    const text = client.text;
    const at = Math.floor(random() * (text.length + 1));
    if (text.length > 0 && random() < deleteShare) {
      const from = Math.min(at, text.length - 1);
      text.delete(from, Math.min(1 + Math.floor(random() * 3), text.length - from));
    } else {
      const length = 1 + Math.floor(random() * 4);
      let word = "";
      for (let i = 0; i < length; i++) word += letters[Math.floor(random() * letters.length)];
      text.insert(at, word);
    }
    made += 1;
    if (options.afterEdit?.()) return made;
    if (options.keystrokeMs) await pause(options.keystrokeMs);
    else await yieldToEventLoop();
  }
  return edits;
}
