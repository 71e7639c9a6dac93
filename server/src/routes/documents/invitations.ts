import { Router } from "express";
import { z } from "zod";
import { InvitationCreateSchema } from "../../../../shared/schemas/index.ts";
import { invitationCreator } from "../../commands/invitationCreator.ts";
import { notFound } from "../../errors.ts";
import { presentInvitation } from "../../presenters/invitationPresenter.ts";
import { baseUrlOf, type RouteContext } from "../context.ts";
import { documentOf, requireDocument, signedInUser } from "../guards.ts";
import { validate } from "../validate.ts";

const InvitationParams = z.object({
  documentId: z.string(),
  invitationId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id"),
});

/**
 * Owners invite people into a role by a single-use link, and withdraw invitations (also those
 * already revoked because their sender lost the right to share, to clear them from the list).
 * Mounted under `/:documentId/invitations`.
 */
export function invitationsRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store } = ctx;
  router.use(requireDocument(store, "document.share"));

  // Pending ones, and those revoked because their sender may no longer share the draft.
  router.get("/", async (req, res) => {
    const open = await store.invitations.openForDocument(
      req.document?.id ?? "",
      new Date().toISOString(),
    );
    res.json({ invitations: open.map(presentInvitation) });
  });

  router.post("/", validate("body", InvitationCreateSchema), async (req, res) => {
    const { invitation, link } = await invitationCreator({
      store,
      document: documentOf(req),
      inviter: signedInUser(req),
      email: req.body.email,
      role: req.body.role,
      baseUrl: baseUrlOf(ctx, req),
    });
    res.status(201).json({ ...presentInvitation(invitation), link });
  });

  router.delete("/:invitationId", validate("params", InvitationParams), async (req, res) => {
    const invitation = await store.invitations.find(String(req.params.invitationId));
    if (!invitation || invitation.documentId !== req.document?.id) {
      throw notFound("invitation_not_found", "No such invitation.");
    }
    await store.invitations.revoke(invitation.id, new Date().toISOString(), "withdrawn");
    res.status(204).end();
  });

  return router;
}
