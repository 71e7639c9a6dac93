import { Router } from "express";
import { OrganisationCreateSchema } from "../../../../shared/schemas/index.ts";
import { newId } from "../../auth/tokens.ts";
import { notFound } from "../../errors.ts";
import { presentOrganisation } from "../../presenters/accountPresenter.ts";
import type { RouteContext } from "../context.ts";
import { requireSignedIn, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";
import { OrganisationParams } from "./schema.ts";

/** Organisations: anyone signed in lists them and registers one; administrators verify them. */
export function organisationsRouter(ctx: RouteContext) {
  const router = Router();
  const { store } = ctx;
  router.use(requireSignedIn());

  router.get("/", async (_req, res) => {
    res.json({ organisations: (await store.organisations.list()).map(presentOrganisation) });
  });

  router.post(
    "/",
    ctx.postingLimits.guard("profile"),
    validate("body", OrganisationCreateSchema),
    async (req, res) => {
      const user = signedInUser(req);
      const at = new Date().toISOString();
      const record = {
        id: newId(),
        name: req.body.name,
        kind: req.body.kind,
        verifiedAt: null,
        verifiedBy: null,
        createdAt: at,
      };
      await store.organisations.insert(record);
      await store.organisations.addMember(record.id, user.id, at);
      res.status(201).json(presentOrganisation(record));
    },
  );

  router.get("/:organisationId", validate("params", OrganisationParams), async (req, res) => {
    const record = await store.organisations.find(String(req.params.organisationId));
    if (!record) throw notFound("organisation_not_found", "No organisation with this id exists.");
    res.json({
      ...presentOrganisation(record),
      members: await store.organisations.members(record.id),
    });
  });

  return router;
}
