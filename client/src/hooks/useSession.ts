import { useContext } from "react";
import type { Me } from "../../../shared/schemas/index.ts";
import { SessionContext, type SessionValue } from "../session/SessionContext.ts";

/** The session: who is signed in, and sign-in / sign-out actions. */
export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside <SessionProvider>");
  return session;
}

/**
 * The signed-in person, for screens behind `<RequireSignIn>` (which renders them only once
 * someone is signed in).
 */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== "signedIn") throw new Error("useMe is only for signed-in screens");
  return state.me;
}
