import { createContext } from "react";
import type { Me } from "../../../shared/schemas/index.ts";

/**
 * Who is using the app. `signedIn` with `offline: true` means the server could not be asked and
 * the person is the one remembered from the last visit (drafts still open from this device).
 */
export type SessionState =
  | { status: "loading" }
  | { status: "signedIn"; me: Me; offline: boolean }
  /** `deliberate`: the person signed out here, rather than the session ending or never existing. */
  | { status: "signedOut"; deliberate: boolean }
  | { status: "unavailable" };

/** The session and what can be done with it, shared by every screen. */
export interface SessionValue {
  state: SessionState;
  /** Records a sign-in that just happened (login, setup, invitation accepted). */
  signedIn: (me: Me) => void;
  /** Replaces the signed-in person's details, e.g. after saving the profile. */
  updateMe: (me: Me) => void;
  /** Asks the server again who is signed in. */
  refresh: () => Promise<void>;
  /** Ends this browser's session; rejects when the server cannot be reached. */
  signOut: () => Promise<void>;
  /** Ends every session of this account, on every device; rejects like `signOut`. */
  signOutEverywhere: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);
