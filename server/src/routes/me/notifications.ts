import { Router } from "express";
import type { z } from "zod";
import {
  NotificationListQuerySchema,
  type NotificationPage,
  NotificationReadSchema,
  NotificationSettingsSchema,
} from "../../../../shared/schemas/index.ts";
import { presentNotification } from "../../presenters/notificationPresenter.ts";
import type { RouteContext } from "../context.ts";
import { signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";

/**
 * The signed-in person's own notifications and how they want to hear of them. Mounted under
 * `/api/me`; nobody reads or marks anyone else's.
 */
export function notificationsRouter(ctx: RouteContext) {
  const router = Router();
  const { notifications } = ctx.store;

  router.get("/notifications", validate("query", NotificationListQuerySchema), async (req, res) => {
    const user = signedInUser(req);
    const query = req.query as unknown as z.output<typeof NotificationListQuerySchema>;
    const page = await notifications.list(user.id, query);
    const body: NotificationPage = {
      notifications: page.records.map(presentNotification),
      unread: await notifications.unreadCount(user.id),
      nextBefore: page.nextBefore,
    };
    res.json(body);
  });

  router.post("/notifications/read", validate("body", NotificationReadSchema), async (req, res) => {
    const user = signedInUser(req);
    const input = req.body as z.output<typeof NotificationReadSchema>;
    const at = ctx.clock.now().toISOString();
    await notifications.markRead(user.id, "all" in input ? "all" : input.ids, at);
    res.json({ unread: await notifications.unreadCount(user.id) });
  });

  router.get("/notification-settings", async (req, res) => {
    const user = signedInUser(req);
    res.json({ delivery: await notifications.delivery(user.id) });
  });

  router.patch(
    "/notification-settings",
    validate("body", NotificationSettingsSchema),
    async (req, res) => {
      const user = signedInUser(req);
      const { delivery } = req.body as z.output<typeof NotificationSettingsSchema>;
      await notifications.setDelivery(user.id, delivery, ctx.clock.now().toISOString());
      res.json({ delivery });
    },
  );

  return router;
}
