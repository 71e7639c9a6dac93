import type { Request, Response } from "express";
import type { AccessEvents } from "../auth/accessEvents.ts";
import type { LoginThrottle } from "../auth/loginThrottle.ts";
import { SESSION_COOKIE, sessionCreator } from "../auth/sessions.ts";
import type { SetupGate } from "../auth/setupGate.ts";
import type { LiveDrafts } from "../collab/liveDrafts.ts";
import type { CommentServices } from "../commands/commentServices.ts";
import type { CommentEvents } from "../comments/commentEvents.ts";
import type { Logger } from "../logger.ts";
import type { PostingLimits } from "../limits/postingLimits.ts";
import type { Clock } from "../rounds/clock.ts";
import type { RoundEvents } from "../rounds/roundEvents.ts";
import type { RoundScheduler } from "../rounds/roundScheduler.ts";
import type { RoundSealer } from "../rounds/roundSealer.ts";
import type { Store } from "../store/index.ts";

/** What every route module is built with. */
export interface RouteContext {
  store: Store;
  log: Logger;
  accessEvents: AccessEvents;
  setupGate: SetupGate;
  loginThrottle: LoginThrottle;
  /** Per-account limits on comments, replies and other things posted again and again. */
  postingLimits: PostingLimits;
  /** The server's hand in the live drafts: comment anchors, accepted suggestions. */
  liveDrafts: LiveDrafts;
  /** News of changes to a document's comments, for the event streams. */
  commentEvents: CommentEvents;
  /** News of rounds opening, closing, concluding, and versions restored. */
  roundEvents: RoundEvents;
  /** The time rounds open and close by; tests move it themselves. */
  clock: Clock;
  /** Closes rounds at their `closesAt`; told when a round is opened or closed by hand. */
  roundScheduler?: Pick<RoundScheduler, "reschedule">;
  /** Seals a closed round's record (the public record plugs it in); none: nothing is sealed. */
  roundSealer?: RoundSealer;
  /** `true`/`false` forces the cookie's Secure flag; `auto` sets it on HTTPS requests. */
  cookieSecure: "auto" | "true" | "false";
  /** Base URL for links the server hands out (invitations); derived from the request when unset. */
  publicUrl: string | undefined;
}

/** Starts a session for a person and sets its cookie: httpOnly, SameSite=Lax, Secure on HTTPS. */
export async function signIn(ctx: RouteContext, req: Request, res: Response, userId: string) {
  const { token, expiresAt } = await sessionCreator({ store: ctx.store, userId });
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.cookieSecure === "true" || (ctx.cookieSecure === "auto" && req.secure),
    expires: expiresAt,
    path: "/",
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(res: Response) {
  res.clearCookie(SESSION_COOKIE, { path: "/" });
}

/** The app's own base URL, for links people copy. */
export function baseUrlOf(ctx: RouteContext, req: Request): string {
  return ctx.publicUrl ?? `${req.protocol}://${req.get("host")}`;
}

/** The route context's services as the commands that change a comment's record take them. */
export function commentServices(ctx: RouteContext): CommentServices {
  return { store: ctx.store, events: ctx.commentEvents, sealer: ctx.roundSealer, log: ctx.log };
}
