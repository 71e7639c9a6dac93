import { z } from "zod";

/** What a notification tells about. */
export const NOTIFICATION_KINDS = [
  "round_opened",
  "round_closing",
  "comment_answered",
  "comment_received",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * How a person hears of notifications beyond the bell: an e-mail for each one, or one e-mail a
 * day (07:00 Asia/Jakarta) listing what arrived since the last.
 */
export const NOTIFICATION_DELIVERIES = ["immediate", "daily_digest"] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id");

/** One notification as its recipient sees it; texts are snapshots taken when it was made. */
export const NotificationSchema = z.object({
  id,
  kind: z.enum(NOTIFICATION_KINDS),
  documentId: z.string(),
  /** The document's title when the notification was made. */
  documentTitle: z.string(),
  /** The consultation round it is about, or that the comment was made in; null on the live draft. */
  round: z.number().int().positive().nullable(),
  commentId: z.string().nullable(),
  /** The round's title, or the first words of the comment or answer. */
  summary: z.string(),
  /** Who did what is notified (commenter, answerer, opener); null for reminders. */
  actorName: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** `GET /api/me/notifications`: newest first; `nextBefore` fetches the following page. */
export const NotificationPageSchema = z.object({
  notifications: z.array(NotificationSchema),
  unread: z.number().int().nonnegative(),
  nextBefore: z.string().nullable(),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

/** Query of `GET /api/me/notifications`: `before` is the id of the last notification seen. */
export const NotificationListQuerySchema = z.object({
  before: id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** `POST /api/me/notifications/read`: some notifications, or all of them. */
export const NotificationReadSchema = z.union([
  z.strictObject({ ids: z.array(id).min(1).max(200) }),
  z.strictObject({ all: z.literal(true) }),
]);

/** `POST /api/me/notifications/read` answers with what is left unread. */
export const NotificationUnreadSchema = z.object({ unread: z.number().int().nonnegative() });

/** `GET` and `PATCH /api/me/notification-settings`. */
export const NotificationSettingsSchema = z.strictObject({
  delivery: z.enum(NOTIFICATION_DELIVERIES),
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

/**
 * Where a notification leads in the app, for the bell and for e-mails alike: the round's page
 * (`/documents/:id/rounds/:n`, which participants without a document role may read too), or
 * the draft for a comment on the live text; a comment's thread is named by `#comment-<id>`.
 */
export function notificationPath(n: Pick<Notification, "documentId" | "round" | "commentId">) {
  const document = `/documents/${encodeURIComponent(n.documentId)}`;
  const page = n.round === null ? document : `${document}/rounds/${n.round}`;
  const comment = n.commentId ? `#comment-${encodeURIComponent(n.commentId)}` : "";
  return `${page}${comment}`;
}
