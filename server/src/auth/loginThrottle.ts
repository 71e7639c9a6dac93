import type { Response } from "express";
import { type Limiter, memoryLimiterStore } from "../limits/limiterStore.ts";
import { tooManyRequests } from "../limits/refusal.ts";

/** How many sign-in attempts are checked per window, per e-mail and per client address. */
export interface LoginLimitSettings {
  /** Guesses at one account's password: few, so guessing is hopeless. */
  perEmail: number;
  /**
   * Failed sign-ins from one address, over any e-mails: much higher, because a whole
   * ministry's network may sit behind one address.
   */
  perAddress: number;
  /** The window, and the lockout once a count is spent. */
  windowSeconds: number;
}

/** Defaults: 5 guesses per e-mail and 100 failures per address per 15 minutes. */
export const DEFAULT_LOGIN_LIMITS: LoginLimitSettings = {
  perEmail: 5,
  perAddress: 100,
  windowSeconds: 15 * 60,
};

/** One sign-in attempt that has been counted and may now be checked. */
export interface LoginAttempt {
  /** The password was right: the e-mail's failures are forgiven, the address keeps its count. */
  succeeded(): Promise<void>;
}

/**
 * Counts sign-in attempts before their password is checked, so at most `perEmail` guesses at
 * one account are ever verified per window, however many arrive at once. Counting first and
 * atomically closes the race of check, verify, then count (finding 2). A success forgives its
 * own e-mail (the owner's typos) and gives back its own address point, but never resets the
 * address: failures spread over many e-mails from one address still add up.
 */
export class LoginThrottle {
  private readonly byEmail: Limiter;
  private readonly byAddress: Limiter;

  constructor(settings: LoginLimitSettings = DEFAULT_LOGIN_LIMITS, store = memoryLimiterStore) {
    const limit = (name: string, points: number): Limiter =>
      store({
        name,
        points,
        durationSeconds: settings.windowSeconds,
        blockSeconds: settings.windowSeconds,
      });
    this.byEmail = limit("login:email", settings.perEmail);
    this.byAddress = limit("login:address", settings.perAddress);
  }

  /**
   * Counts an attempt for `email` from `address`; throws 429 `too_many_attempts` with
   * `Retry-After` when either is spent (the password is then not checked at all).
   */
  async begin(res: Response, email: string, address: string): Promise<LoginAttempt> {
    const fromAddress = await this.byAddress.spend(address);
    if (!fromAddress.allowed) throw refused(res, fromAddress.retryAfterMs);
    const forEmail = await this.byEmail.spend(email);
    if (!forEmail.allowed) {
      // Nothing is checked, so the address is not charged for it.
      await this.byAddress.refund(address);
      throw refused(res, forEmail.retryAfterMs);
    }
    return {
      succeeded: async () => {
        await this.byEmail.forgive(email);
        await this.byAddress.refund(address);
      },
    };
  }
}

function refused(res: Response, retryAfterMs: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return tooManyRequests(
    res,
    retryAfterMs,
    "too_many_attempts",
    `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  );
}
