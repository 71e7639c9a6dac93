import type { RequestHandler } from "express";
import { signedInUser } from "../routes/guards.ts";
import { type Limiter, type LimiterStore, memoryLimiterStore } from "./limiterStore.ts";
import { tooManyRequests } from "./refusal.ts";

/**
 * Things a participant can post again and again, each limited per account: top-level comments
 * (on drafts and in rounds), replies, comment edits, drafters' answers and suggestion decisions,
 * position-paper uploads, and profile changes with new organisations.
 */
export const POSTING_KINDS = ["comment", "reply", "edit", "answer", "upload", "profile"] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

/** How many of each kind one account may post per window. */
export type PostingLimitSettings = Record<PostingKind, { points: number; durationSeconds: number }>;

/**
 * Defaults: generous for a person typing, far below a script. Comments and replies per minute
 * (finding 7: 87 replies a second went through); edits, answers and suggestion decisions per
 * minute; position papers per minute; profile changes per hour (each rename is kept in the
 * public history, so a flood of renames would bury it).
 */
export const DEFAULT_POSTING_LIMITS: PostingLimitSettings = {
  comment: { points: 10, durationSeconds: 60 },
  reply: { points: 20, durationSeconds: 60 },
  edit: { points: 30, durationSeconds: 60 },
  answer: { points: 60, durationSeconds: 60 },
  upload: { points: 10, durationSeconds: 60 },
  profile: { points: 20, durationSeconds: 60 * 60 },
};

/** Per-account posting limits, one counter per kind. */
export class PostingLimits {
  private readonly limiters: Record<PostingKind, Limiter>;

  constructor(
    readonly settings: PostingLimitSettings = DEFAULT_POSTING_LIMITS,
    store: LimiterStore = memoryLimiterStore,
  ) {
    this.limiters = Object.fromEntries(
      POSTING_KINDS.map((kind) => [kind, store({ name: `posting:${kind}`, ...settings[kind] })]),
    ) as Record<PostingKind, Limiter>;
  }

  /**
   * Middleware spending one `kind` for the signed-in account; 429 `rate_limited` with
   * `Retry-After` once spent. Goes after the route's access guard, before any work.
   */
  guard(kind: PostingKind): RequestHandler {
    const limiter = this.limiters[kind];
    return async (req, res, next) => {
      const verdict = await limiter.spend(signedInUser(req).id);
      if (!verdict.allowed) {
        throw tooManyRequests(
          res,
          verdict.retryAfterMs,
          "rate_limited",
          "You are posting too quickly. Wait a moment and try again.",
        );
      }
      next();
    };
  }
}
