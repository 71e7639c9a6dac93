import type { Request } from "express";
import type { UserRecord } from "../store/index.ts";

/** Who is making a request: a signed-in person (with their session) or the anonymous public. */
export interface Actor {
  user: UserRecord | null;
  sessionTokenHash: string | null;
}

declare global {
  namespace Express {
    interface Request {
      actor?: Actor;
    }
  }
}

/** The actor the session middleware attached (anonymous if none). */
export function actorOf(req: Request): Actor {
  return req.actor ?? { user: null, sessionTokenHash: null };
}
