import { Router } from "express";
import { z } from "zod";
import { notFound } from "../../errors.ts";
import { presentPublicProfile } from "../../presenters/accountPresenter.ts";
import type { RouteContext } from "../context.ts";
import { validate } from "../validate.ts";

/** Route params naming one person. */
export const PersonParams = z.object({
  personId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id"),
});

/**
 * Public profiles, without an account: whoever reads a comment on the public record can see
 * who its author is now and was before (names, affiliations, verified organisations).
 */
export function peopleRouter(ctx: RouteContext) {
  const router = Router();
  const { store } = ctx;

  router.get("/:personId", validate("params", PersonParams), async (req, res) => {
    const personId = String(req.params.personId);
    const user = await store.users.find(personId);
    if (!user) throw notFound("person_not_found", "There is no such person.");
    const [organisations, history] = await Promise.all([
      store.organisations.forUser(user.id),
      store.profileHistory.forUser(user.id),
    ]);
    res.set("Cache-Control", "no-cache");
    res.json(presentPublicProfile(user, organisations, history));
  });

  return router;
}
