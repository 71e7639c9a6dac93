import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { PRESENCE_LIMITS } from "../../../shared/protocol/index.ts";

/**
 * How often each socket on a document may change its own presence or ask for everyone's
 * (each such message is relayed to, or answered with, everyone's states). Over the rate the
 * newest change waits for the next window and replaces any change already waiting — a caret
 * only needs its latest position — so one socket holds at most one waiting change.
 */
export class PresenceThrottle {
  private readonly limiter = new RateLimiterMemory({
    points: PRESENCE_LIMITS.changesPerWindow,
    duration: PRESENCE_LIMITS.windowSeconds,
  });
  private readonly waiting = new Map<string, { run: () => void; timer: NodeJS.Timeout }>();

  /** Runs `change` for socket `key` now if its rate allows, else later (latest wins). */
  admit(key: string, change: () => void): void {
    const queued = this.waiting.get(key);
    if (queued) {
      queued.run = change;
      return;
    }
    this.limiter.consume(key).then(
      () => change(),
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return;
        this.wait(key, change, refusal.msBeforeNext);
      },
    );
  }

  /** Forgets a socket that left, and whatever change of it was waiting. */
  forget(key: string): void {
    const queued = this.waiting.get(key);
    if (queued) clearTimeout(queued.timer);
    this.waiting.delete(key);
    void this.limiter.delete(key);
  }

  /** Forgets every socket. */
  clear(): void {
    for (const key of [...this.waiting.keys()]) this.forget(key);
  }

  private wait(key: string, change: () => void, delayMs: number): void {
    const queued = this.waiting.get(key);
    if (queued) {
      queued.run = change;
      return;
    }
    const timer = setTimeout(
      () => {
        const next = this.waiting.get(key);
        this.waiting.delete(key);
        if (next) this.admit(key, next.run);
      },
      Math.max(delayMs, 1),
    );
    timer.unref();
    this.waiting.set(key, { run: change, timer });
  }
}
