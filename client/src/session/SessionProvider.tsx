import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import type { Me } from "../../../shared/schemas/index.ts";
import * as api from "../api/index.ts";
import { ApiRequestError, onSessionEnded } from "../api/index.ts";
import { forgetPrivateData, rememberedMe, rememberMe } from "./privateData.ts";
import { SessionContext, type SessionState, type SessionValue } from "./SessionContext.ts";

/**
 * Finds out who is signed in (`GET /api/me`) and keeps it for every screen. Offline, the person
 * remembered from the last visit stands in, so drafts keep opening from this device. Any API
 * answer of 401 `unauthenticated` (session expired or ended elsewhere) signs the app out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  const endSession = useCallback((deliberate = false) => {
    void forgetPrivateData();
    setState({ status: "signedOut", deliberate });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const me = await api.getMe();
      rememberMe(me);
      setState({ status: "signedIn", me, offline: false });
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) return endSession(false);
      const remembered = rememberedMe();
      setState(
        remembered
          ? { status: "signedIn", me: remembered, offline: true }
          : { status: "unavailable" },
      );
    }
  }, [endSession]);

  useEffect(() => {
    onSessionEnded(() => endSession(false));
    void refresh();
    const handleOnline = () => void refresh();
    window.addEventListener("online", handleOnline);
    return () => {
      onSessionEnded(null);
      window.removeEventListener("online", handleOnline);
    };
  }, [refresh, endSession]);

  const signedIn = useCallback((me: Me) => {
    rememberMe(me);
    setState({ status: "signedIn", me, offline: false });
  }, []);

  const signOut = useCallback(async () => {
    await api.signOut();
    endSession(true);
  }, [endSession]);

  const signOutEverywhere = useCallback(async () => {
    await api.signOutEverywhere();
    endSession(true);
  }, [endSession]);

  const value = useMemo<SessionValue>(
    () => ({ state, signedIn, updateMe: signedIn, refresh, signOut, signOutEverywhere }),
    [state, signedIn, refresh, signOut, signOutEverywhere],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
