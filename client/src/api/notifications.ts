import type { z } from "zod";
import {
  type NotificationDelivery,
  type NotificationPage,
  NotificationPageSchema,
  type NotificationReadSchema,
  type NotificationSettings,
  NotificationSettingsSchema,
  NotificationUnreadSchema,
} from "../../../shared/schemas/index.ts";
import { requestJson } from "./client.ts";

/** A page of my notifications, newest first; `before` (an id) continues after a page. */
export function getNotifications(
  before?: string | null,
  signal?: AbortSignal,
): Promise<NotificationPage> {
  const query = before ? `?before=${encodeURIComponent(before)}` : "";
  return requestJson(`/api/me/notifications${query}`, NotificationPageSchema, { signal });
}

/** Marks some (`ids`) or all of my notifications read; answers with how many stay unread. */
export async function markNotificationsRead(
  input: z.input<typeof NotificationReadSchema>,
): Promise<number> {
  const answer = await requestJson("/api/me/notifications/read", NotificationUnreadSchema, {
    method: "POST",
    body: input,
  });
  return answer.unread;
}

/** How I hear of notifications beyond the bell. */
export function getNotificationSettings(signal?: AbortSignal): Promise<NotificationSettings> {
  return requestJson("/api/me/notification-settings", NotificationSettingsSchema, { signal });
}

/** Chooses an e-mail per notification (`immediate`) or one a day (`daily_digest`). */
export function updateNotificationSettings(
  delivery: NotificationDelivery,
): Promise<NotificationSettings> {
  return requestJson("/api/me/notification-settings", NotificationSettingsSchema, {
    method: "PATCH",
    body: { delivery },
  });
}
