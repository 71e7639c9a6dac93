import { setTimeout as pause } from "node:timers/promises";

export interface EventuallyOptions {
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
  /** Wait this long between two checks (default 25 ms). */
  intervalMs?: number;
}

/**
 * Re-runs `check` until it passes — returns something other than `false` without
 * throwing — and returns that value. Used instead of sleeps: tests wait for an
 * observable condition (converged content, a close code, a log line), never for
 * time. On timeout it throws with `description` and the last failure, so a red
 * test says what never happened.
 */
export async function eventually<T>(
  description: string,
  check: () => T | Promise<T>,
  options: EventuallyOptions = {},
): Promise<Exclude<T, false>> {
  const { timeoutMs = 10_000, intervalMs = 25 } = options;
  const deadline = Date.now() + timeoutMs;
  let lastFailure = "the check returned false";
  for (;;) {
    try {
      const result = await check();
      if (result !== false) return result as Exclude<T, false>;
      lastFailure = "the check returned false";
    } catch (error) {
      lastFailure = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting until ${description}.\nLast failure: ${lastFailure}`,
      );
    }
    await pause(intervalMs);
  }
}

/** Resolves as `promise` does, or rejects saying what did not happen within `timeoutMs`. */
export async function within<T>(
  promise: Promise<T>,
  timeoutMs: number,
  description: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${description} did not happen within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
