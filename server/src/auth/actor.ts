import type { Request } from "express";
import type { UserRecord } from "../store/index.ts";

/** Who is making a request: a signed-in person (with their session) or the anonymous public. */
export interface Actor {
  user: UserRecord | null;
  sessionTokenHash: string | null;
  /** When that session expires (ISO 8601). */
  sessionExpiresAt: string | null;
  /**
   * `performance.now()` just before the session was read: a change of access from then on may
   * have been missed by the checks that follow (see `AccessEvents.open`).
   */
  checkedFrom: number;
}

declare global {
  namespace Express {
    interface Request {
      actor?: Actor;
    }
  }
}

/** Nobody signed in, as seen from `checkedFrom` on. */
export function anonymousActor(checkedFrom = 0): Actor {
  return { user: null, sessionTokenHash: null, sessionExpiresAt: null, checkedFrom };
}

/** The actor the session middleware attached (anonymous if none). */
export function actorOf(req: Request): Actor {
  return req.actor ?? anonymousActor();
}
