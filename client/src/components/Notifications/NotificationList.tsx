import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Notification, notificationPath } from "../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../i18n/formatDate.ts";
import type { useNotifications } from "./useNotifications.ts";

interface NotificationListProps {
  notes: ReturnType<typeof useNotifications>;
  /** Called when a notification's link is followed (the list closes). */
  onFollow: () => void;
}

/**
 * My notifications, newest first: each links to its round or comment (following it marks it
 * read), unread ones can be marked read where they are, and older ones load on request.
 */
export function NotificationList({ notes, onFollow }: NotificationListProps) {
  const { t } = useTranslation();
  if (notes.status === "loading" && notes.notifications.length === 0) {
    return <p className="body notifications__empty">{t("notifications.panel.loading")}</p>;
  }
  if (notes.status === "error") {
    return <p className="body notifications__empty">{t("notifications.panel.failed")}</p>;
  }
  if (notes.notifications.length === 0) {
    return <p className="body notifications__empty">{t("notifications.panel.empty")}</p>;
  }
  return (
    <>
      <ul className="notifications__list">
        {notes.notifications.map((n) => (
          <NotificationItem
            key={n.id}
            notification={n}
            onFollow={() => {
              if (n.readAt === null) void notes.markRead([n.id]);
              onFollow();
            }}
            onMarkRead={() => void notes.markRead([n.id])}
          />
        ))}
      </ul>
      {notes.nextBefore && (
        <button
          type="button"
          className="notifications__action"
          onClick={() => void notes.loadOlder()}
        >
          {t("notifications.panel.loadOlder")}
        </button>
      )}
    </>
  );
}

function NotificationItem({
  notification: n,
  onFollow,
  onMarkRead,
}: {
  notification: Notification;
  onFollow: () => void;
  onMarkRead: () => void;
}) {
  const { t, i18n } = useTranslation();
  const unread = n.readAt === null;
  return (
    <li
      className={unread ? "notifications__item notifications__item--unread" : "notifications__item"}
    >
      <Link to={notificationPath(n)} className="notifications__link" onClick={onFollow}>
        {unread && <span className="visually-hidden">{t("notifications.panel.unreadMark")} </span>}
        {t(`notifications.kind.${n.kind}`, {
          round: n.round ?? "",
          document: n.documentTitle,
          actor: n.actorName ?? "",
        })}
      </Link>
      {n.summary && <p className="notifications__summary">{n.summary}</p>}
      <p className="notifications__meta">
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
        {unread && (
          <button type="button" className="notifications__action" onClick={onMarkRead}>
            {t("notifications.panel.markRead")}
          </button>
        )}
      </p>
    </li>
  );
}
