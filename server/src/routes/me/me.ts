import { Router } from "express";
import { ProfileUpdateSchema } from "../../../../shared/schemas/index.ts";
import { presentMe } from "../../presenters/accountPresenter.ts";
import type { RouteContext } from "../context.ts";
import { signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { notificationsRouter } from "./notifications.ts";

/** The signed-in person's own account and public profile. */
export function meRouter(ctx: RouteContext) {
  const router = Router();
  const { store } = ctx;

  router.get("/", async (req, res) => {
    const user = signedInUser(req);
    res.json(presentMe(user, await store.organisations.forUser(user.id)));
  });

  router.patch(
    "/",
    ctx.postingLimits.guard("profile"),
    validate("body", ProfileUpdateSchema),
    async (req, res) => {
      const user = signedInUser(req);
      await store.users.updateProfile(user.id, req.body);
      const updated = (await store.users.find(user.id)) ?? user;
      res.json(presentMe(updated, await store.organisations.forUser(user.id)));
    },
  );

  router.use(notificationsRouter(ctx));

  return router;
}
