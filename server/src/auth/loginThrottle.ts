/** Failed sign-ins allowed per account before a temporary lockout. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/**
 * Failed sign-ins allowed per client address: much higher, because a whole
 * ministry's network may sit behind one address.
 */
export const MAX_FAILURES_PER_ADDRESS = 50;
/** How long a lockout lasts. */
export const LOCKOUT_MS = 15 * 60 * 1000;

interface Failures {
  count: number;
  lockedUntil: number;
}

/**
 * Counts failed sign-ins per email (`email:` keys) and per client address (`ip:` keys) and locks them out for a
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
      const limit = key.startsWith("ip:") ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES_PER_ACCOUNT;
      if (entry.count >= limit) entry.lockedUntil = now + LOCKOUT_MS;
      this.failures.set(key, entry);
    }
    if (this.failures.size > 100_000) this.failures.clear();
  }

  /** Forgets failures after a successful sign-in. */
  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
