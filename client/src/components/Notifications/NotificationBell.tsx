import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../hooks/useSession.ts";
import { NotificationList } from "./NotificationList.tsx";
import { useNotifications } from "./useNotifications.ts";
import "./Notifications.css";

/** The bell in the header, for signed-in people only. */
export function NotificationBell() {
  const { state } = useSession();
  if (state.status !== "signedIn") return null;
  return <NotificationCenter />;
}

/**
 * A button with the unread count (announced politely as it changes) that discloses the list
 * of notifications. Escape or a click elsewhere closes it, and focus returns to the bell.
 */
function NotificationCenter() {
  const { t } = useTranslation();
  const notes = useNotifications();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const bell = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);
  const { refresh } = notes;

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) bell.current?.focus();
  }, []);

  const handleToggle = () => {
    if (open) return close(true);
    setOpen(true);
    void refresh();
  };

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const handlePointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener("pointerdown", handlePointer);
    return () => document.removeEventListener("pointerdown", handlePointer);
  }, [open, close]);

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      event.stopPropagation();
      close(true);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere inside closes the list
    <div className="notifications" ref={root} onKeyDown={handleKeyDown}>
      <button
        ref={bell}
        type="button"
        className="notifications__bell"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="notification-bell"
        onClick={handleToggle}
      >
        <BellIcon />
        <span className="visually-hidden">
          {t("notifications.bell.label")}
          {notes.unread > 0 && `, ${t("notifications.bell.unread", { count: notes.unread })}`}
        </span>
        {notes.unread > 0 && (
          <span
            className="notifications__count"
            aria-hidden="true"
            data-testid="notification-count"
          >
            {notes.unread > 99 ? "99+" : notes.unread}
          </span>
        )}
      </button>
      <span className="visually-hidden" aria-live="polite" data-testid="notification-unread">
        {notes.unread > 0 ? t("notifications.bell.unread", { count: notes.unread }) : ""}
      </span>
      <section
        id={panelId}
        ref={panel}
        className="notifications__panel"
        aria-labelledby={headingId}
        tabIndex={-1}
        hidden={!open}
      >
        <div className="notifications__header">
          <h2 id={headingId} className="heading-s notifications__heading">
            {t("notifications.panel.heading")}
          </h2>
          {notes.unread > 0 && (
            <button
              type="button"
              className="notifications__action"
              onClick={() => void notes.markRead("all")}
            >
              {t("notifications.panel.markAll")}
            </button>
          )}
        </div>
        {open && <NotificationList notes={notes} onFollow={() => close(false)} />}
      </section>
    </div>
  );
}

function BellIcon() {
  return (
    <svg
      className="notifications__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}
