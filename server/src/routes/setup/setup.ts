import { Router } from "express";
import { SetupSchema } from "../../../../shared/schemas/index.ts";
import { accountCreator } from "../../commands/accountCreator.ts";
import { HttpError } from "../../errors.ts";
import { presentMe } from "../../presenters/accountPresenter.ts";
import { type RouteContext, signIn } from "../context.ts";
import { validate } from "../validate.ts";

/** First-run setup: the one-time link creates the first administrator. */
export function setupRouter(ctx: RouteContext) {
  const router = Router();

  router.get("/", async (_req, res) => {
    res.json({ needed: await ctx.setupGate.needed() });
  });

  router.post("/", validate("body", SetupSchema), async (req, res) => {
    if ((await ctx.store.users.countAdmins()) > 0) {
      throw new HttpError(409, "setup_done", "Rembuk already has an administrator.");
    }
    if (!ctx.setupGate.consume(req.body.token)) {
      throw new HttpError(403, "setup_token_invalid", "This setup link is not valid.");
    }
    const user = await accountCreator({ store: ctx.store, ...req.body, isAdmin: true });
    await signIn(ctx, req, res, user.id);
    res.status(201).json(presentMe(user, []));
  });

  return router;
}
