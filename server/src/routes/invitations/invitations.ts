import { Router } from "express";
import { z } from "zod";
import { InvitationAcceptSchema } from "../../../../shared/schemas/index.ts";
import { actorOf } from "../../auth/actor.ts";
import { findInvitation, invitationAccepter } from "../../commands/invitationAccepter.ts";
import { inviterLapse } from "../../commands/lapsedInvitationRevoker.ts";
import { type RouteContext, signIn } from "../context.ts";
import { validate } from "../validate.ts";

const TokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "is not a valid token"),
});

/** The invitation link: what it invites to (no account needed) and accepting it. */
export function publicInvitationsRouter(ctx: RouteContext) {
  const router = Router();
  const { store } = ctx;

  router.get("/:token", validate("params", TokenParams), async (req, res) => {
    const found = await findInvitation(store, String(req.params.token));
    const { invitation } = found;
    // One whose sender may no longer grant it is shown as revoked before anyone tries it.
    const lapsed = found.status === "pending" && (await inviterLapse(store, invitation)) !== null;
    const status = lapsed ? "revoked" : found.status;
    const document = await store.documents.find(invitation.documentId);
    const inviter = await store.users.find(invitation.invitedBy);
    res.json({
      documentTitle: document?.title ?? "",
      role: invitation.role,
      email: invitation.email,
      inviterName: inviter?.name ?? "",
      accountExists: (await store.users.findByEmail(invitation.email)) !== undefined,
      status,
    });
  });

  router.post(
    "/:token/accept",
    validate("params", TokenParams),
    validate("body", InvitationAcceptSchema),
    async (req, res) => {
      const { invitation, user, created } = await invitationAccepter({
        store,
        accessEvents: ctx.accessEvents,
        token: String(req.params.token),
        signedIn: actorOf(req).user,
        name: req.body.name,
        password: req.body.password,
      });
      if (created) await signIn(ctx, req, res, user.id);
      res.json({ documentId: invitation.documentId });
    },
  );

  return router;
}
