import { useCallback, useEffect, useRef, useState } from "react";
import type { Notification } from "../../../../shared/schemas/index.ts";
import { getNotifications, markNotificationsRead } from "../../api/notifications.ts";

/** How often the bell asks for news while the page is open. */
export const NOTIFICATION_POLL_MS = 60_000;

/** My notifications as the bell shows them. */
export interface NotificationsState {
  notifications: Notification[];
  unread: number;
  /** The id to page on from, or null when the oldest is loaded. */
  nextBefore: string | null;
  status: "loading" | "ready" | "error";
}

/**
 * Follows my notifications: loads the newest page now, every minute and whenever the window
 * gets focus again (no socket of its own). Older pages are appended on request; marking read
 * updates the list at once and the count from the server's answer.
 */
export function useNotifications() {
  const [state, setState] = useState<NotificationsState>({
    notifications: [],
    unread: 0,
    nextBefore: null,
    status: "loading",
  });
  const inFlight = useRef<AbortController | null>(null);

  const refresh = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const page = await getNotifications(null, controller.signal);
      setState((current) => ({
        // Older pages already loaded stay below the fresh first page.
        notifications: mergeNewest(page.notifications, current.notifications),
        unread: page.unread,
        nextBefore:
          current.notifications.length > page.notifications.length
            ? current.nextBefore
            : page.nextBefore,
        status: "ready",
      }));
    } catch {
      if (controller.signal.aborted) return;
      setState((current) => ({
        ...current,
        status: current.status === "ready" ? "ready" : "error",
      }));
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), NOTIFICATION_POLL_MS);
    const handleFocus = () => void refresh();
    const handleVisibility = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    window.addEventListener("focus", handleFocus);
    document.addEventListener("visibilitychange", handleVisibility);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", handleFocus);
      document.removeEventListener("visibilitychange", handleVisibility);
      inFlight.current?.abort();
    };
  }, [refresh]);

  const loadOlder = useCallback(async () => {
    if (!state.nextBefore) return;
    const page = await getNotifications(state.nextBefore);
    setState((current) => ({
      ...current,
      notifications: mergeNewest(current.notifications, page.notifications),
      unread: page.unread,
      nextBefore: page.nextBefore,
    }));
  }, [state.nextBefore]);

  const markRead = useCallback(async (ids: string[] | "all") => {
    const at = new Date().toISOString();
    setState((current) => ({
      ...current,
      notifications: current.notifications.map((n) =>
        n.readAt === null && (ids === "all" || ids.includes(n.id)) ? { ...n, readAt: at } : n,
      ),
    }));
    const unread = await markNotificationsRead(ids === "all" ? { all: true } : { ids });
    setState((current) => ({ ...current, unread }));
  }, []);

  return { ...state, refresh, loadOlder, markRead };
}

/** `first` followed by whatever of `rest` it does not already hold, newest first. */
function mergeNewest(first: Notification[], rest: Notification[]): Notification[] {
  const seen = new Set(first.map((n) => n.id));
  return [...first, ...rest.filter((n) => !seen.has(n.id))];
}
