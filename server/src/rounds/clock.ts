/**
 * Time as the consultation rounds see it. Injected so that tests move time forward themselves
 * instead of sleeping.
 */
export interface Clock {
  now(): Date;
  /** Calls `fn` once after `ms`; the returned function cancels it. Must not keep the process alive. */
  setTimer(fn: () => void, ms: number): () => void;
}

/** Longest delay `setTimeout` honours; a later wake-up is reached in several hops. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The real clock: unref'd timers, so a pending round never keeps the process from exiting. */
export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    timer.unref();
    return () => clearTimeout(timer);
  },
};
