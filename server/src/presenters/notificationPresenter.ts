import type { Notification } from "../../../shared/schemas/notifications.ts";
import type { NotificationRecord } from "../store/index.ts";

/** A notification as its recipient's client receives it (delivery bookkeeping stays inside). */
export function presentNotification(n: NotificationRecord): Notification {
  return {
    id: n.id,
    kind: n.kind,
    documentId: n.documentId,
    documentTitle: n.title,
    round: n.round,
    commentId: n.commentId,
    summary: n.summary,
    actorName: n.actorName,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}
