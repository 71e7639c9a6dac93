import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/** How many points a key may spend per window, and how long it is refused once spent. */
export interface LimitRule {
  /** Name of the counter (one namespace per rule, so keys of two rules never meet). */
  name: string;
  points: number;
  durationSeconds: number;
  /** Refusal once the points are spent, from that moment; defaults to the rest of the window. */
  blockSeconds?: number;
}

/** The answer to one spending: allowed, or refused until `retryAfterMs` from now. */
export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * One counter per key (an account, an e-mail, an address), spent atomically: concurrent
 * requests can never all see "not yet spent". The part issue 11 swaps for Redis.
 */
export interface Limiter {
  /** Spends one point for `key` and says whether it was still allowed. */
  spend(key: string): Promise<LimitVerdict>;
  /** Gives one spent point back (the attempt turned out not to count). */
  refund(key: string): Promise<void>;
  /** Forgets everything spent for `key`. */
  forgive(key: string): Promise<void>;
}

/** Where counters live: builds a {@link Limiter} for a rule. */
export type LimiterStore = (rule: LimitRule) => Limiter;

/**
 * Counters in this process's memory (rate-limiter-flexible's RateLimiterMemory). Spending is
 * synchronous inside the process, hence atomic; a restart forgives, which is acceptable for
 * a temporary refusal. Several server processes would each count alone: they share
 * the Redis store (redisLimiterStore.ts) instead.
 */
export const memoryLimiterStore: LimiterStore = (rule) => fromRateLimiter(memoryLimiter(rule));

/** The rate-limiter-flexible options a rule stands for, for any of its stores. */
export function limiterOptions(rule: LimitRule) {
  return {
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds ?? 0,
  };
}

/** A rule's counter in this process's memory. */
export function memoryLimiter(rule: LimitRule): RateLimiterMemory {
  return new RateLimiterMemory({ keyPrefix: rule.name, ...limiterOptions(rule) });
}

/** Any rate-limiter-flexible limiter (memory, Redis …) as a {@link Limiter}. */
export function fromRateLimiter(
  limiter: Pick<RateLimiterMemory, "consume" | "reward" | "delete">,
): Limiter {
  return {
    async spend(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterMs: Math.max(refusal.msBeforeNext, 1000) };
      }
    },
    async refund(key) {
      await limiter.reward(key);
    },
    async forgive(key) {
      await limiter.delete(key);
    },
  };
}
