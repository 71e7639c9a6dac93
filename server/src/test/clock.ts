import type { Clock } from "../rounds/clock.ts";

/**
 * A clock the test moves by hand: `advance` jumps forward and fires the timers that came due,
 * in order, so a round's closing is tested without waiting for it.
 */
export class TestClock implements Clock {
  private time: number;
  private readonly timers: { at: number; fn: () => void; cancelled: boolean }[] = [];

  constructor(start = "2026-12-01T02:00:00.000Z") {
    this.time = Date.parse(start);
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimer(fn: () => void, ms: number): () => void {
    const timer = { at: this.time + Math.max(0, ms), fn, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** Moves time forward by `ms`, firing every timer due by then. */
  advance(ms: number): void {
    this.time += ms;
    const due = this.timers
      .filter((t) => !t.cancelled && t.at <= this.time)
      .sort((a, b) => a.at - b.at);
    for (const timer of due) {
      timer.cancelled = true;
      timer.fn();
    }
  }

  /** The given time plus `ms`, as ISO text. */
  isoIn(ms: number): string {
    return new Date(this.time + ms).toISOString();
  }

  /** How many timers are waiting (for tests of the scheduler itself). */
  get pending(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }
}
