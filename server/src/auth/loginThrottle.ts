/** Failed sign-ins allowed per account (and per address) before a temporary lockout. */
export const MAX_FAILURES = 5;
/** How long a lockout lasts. */
export const LOCKOUT_MS = 15 * 60 * 1000;

interface Failures {
  count: number;
  lockedUntil: number;
}

/**
 * Counts failed sign-ins per email and per client address and locks them out for a
 * while after too many, against password guessing. Kept in memory: a restart
 * forgives, which is acceptable for a temporary lockout.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** True while either key is locked out. */
  isLocked(keys: string[]): boolean {
    const now = this.now();
    return keys.some((key) => (this.failures.get(key)?.lockedUntil ?? 0) > now);
  }

  /** Records a failure for each key. */
  fail(keys: string[]): void {
    const now = this.now();
    for (const key of keys) {
      const entry = this.failures.get(key) ?? { count: 0, lockedUntil: 0 };
      if (entry.lockedUntil && entry.lockedUntil <= now) entry.count = 0;
      entry.count += 1;
      if (entry.count >= MAX_FAILURES) entry.lockedUntil = now + LOCKOUT_MS;
      this.failures.set(key, entry);
    }
    if (this.failures.size > 100_000) this.failures.clear();
  }

  /** Forgets failures after a successful sign-in. */
  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
