import { Router } from "express";
import {
  MembershipCreateSchema,
  OrganisationVerificationSchema,
  UserCreateSchema,
  UserUpdateSchema,
} from "../../../../shared/schemas/index.ts";
import { accountCreator } from "../../commands/accountCreator.ts";
import { HttpError, notFound } from "../../errors.ts";
import { presentOrganisation, presentUserForAdmin } from "../../presenters/accountPresenter.ts";
import type { RouteContext } from "../context.ts";
import { requireSiteCapability, signedInUser } from "../guards.ts";
import { OrganisationParams, UserParams } from "../organisations/schema.ts";
import { validate } from "../validate.ts";

/** Administrators: accounts and organisation verification. */
export function adminRouter(ctx: RouteContext) {
  const router = Router();
  const { store } = ctx;
  router.use(requireSiteCapability("site.administer"));

  // Sealed records found altered (see record/sealGuard.ts), shown on the administration page.
  router.get("/integrity-alerts", async (_req, res) => {
    res.json({ alerts: await store.integrity.open() });
  });

  router.get("/users", async (_req, res) => {
    const users = await store.users.list();
    const presented = await Promise.all(
      users.map(async (u) => presentUserForAdmin(u, await store.organisations.forUser(u.id))),
    );
    res.json({ users: presented });
  });

  router.post("/users", validate("body", UserCreateSchema), async (req, res) => {
    if (req.body.organisationId && !(await store.organisations.find(req.body.organisationId))) {
      throw new HttpError(
        400,
        "invalid_request",
        "organisationId: no such organisation",
        "organisationId",
      );
    }
    const user = await accountCreator({ store, ...req.body });
    res.status(201).json(presentUserForAdmin(user, await store.organisations.forUser(user.id)));
  });

  router.patch(
    "/users/:userId",
    validate("params", UserParams),
    validate("body", UserUpdateSchema),
    async (req, res) => {
      const admin = signedInUser(req);
      const target = await store.users.find(String(req.params.userId));
      if (!target) throw notFound("user_not_found", "No account with this id exists.");
      if (target.id === admin.id && (req.body.isAdmin === false || req.body.disabled === true)) {
        throw new HttpError(
          409,
          "cannot_demote_self",
          "Administrators cannot remove their own access.",
        );
      }
      await store.users.updateFlags(target.id, {
        isAdmin: req.body.isAdmin,
        disabledAt:
          req.body.disabled === undefined
            ? undefined
            : req.body.disabled
              ? new Date().toISOString()
              : null,
      });
      if (req.body.disabled === true) {
        await store.sessions.deleteForUser(target.id);
        ctx.accessEvents.userSessionsEnded(target.id);
        // Nothing they sent can let someone in on their authority any more.
        const at = new Date().toISOString();
        await store.invitations.revokePendingFrom(target.id, null, at, "inviter_disabled");
      }
      // A former administrator's sockets and streams on drafts they have no role on end now.
      if (req.body.isAdmin !== undefined) ctx.accessEvents.userAccessChanged(target.id);
      const updated = (await store.users.find(target.id)) ?? target;
      res.json(presentUserForAdmin(updated, await store.organisations.forUser(target.id)));
    },
  );

  router.post(
    "/organisations/:organisationId/verification",
    validate("params", OrganisationParams),
    validate("body", OrganisationVerificationSchema),
    async (req, res) => {
      const admin = signedInUser(req);
      const id = String(req.params.organisationId);
      if (!(await store.organisations.find(id)))
        throw notFound("organisation_not_found", "No organisation with this id exists.");
      const verified = req.body.verified as boolean;
      await store.organisations.setVerified(
        id,
        verified ? admin.id : null,
        verified ? new Date().toISOString() : null,
      );
      // Membership of a verified organisation lets people into rounds: their streams ask again.
      for (const member of await store.organisations.members(id)) {
        ctx.accessEvents.userAccessChanged(member.id);
      }
      const record = await store.organisations.find(id);
      if (record) res.json(presentOrganisation(record));
    },
  );

  router.post(
    "/organisations/:organisationId/members",
    validate("params", OrganisationParams),
    validate("body", MembershipCreateSchema),
    async (req, res) => {
      const id = String(req.params.organisationId);
      if (!(await store.organisations.find(id)))
        throw notFound("organisation_not_found", "No organisation with this id exists.");
      const user = await store.users.findByEmail(req.body.email);
      if (!user)
        throw new HttpError(400, "invalid_request", "email: no account with this email", "email");
      await store.organisations.addMember(id, user.id, new Date().toISOString());
      res.status(204).end();
    },
  );

  // Leaving an organisation can end round participation: the person's streams ask again.
  router.delete(
    "/organisations/:organisationId/members/:userId",
    validate("params", OrganisationParams.extend(UserParams.shape)),
    async (req, res) => {
      const id = String(req.params.organisationId);
      if (!(await store.organisations.find(id)))
        throw notFound("organisation_not_found", "No organisation with this id exists.");
      const userId = String(req.params.userId);
      if (await store.organisations.removeMember(id, userId)) {
        ctx.accessEvents.userAccessChanged(userId);
      }
      res.status(204).end();
    },
  );

  return router;
}
