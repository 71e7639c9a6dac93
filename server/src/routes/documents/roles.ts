import { type Request, Router } from "express";
import { can, type DocumentRole } from "../../../../shared/permissions.ts";
import { RoleGrantSchema } from "../../../../shared/schemas/index.ts";
import { lapsedInvitationRevoker } from "../../commands/lapsedInvitationRevoker.ts";
import { HttpError, notFound } from "../../errors.ts";
import type { RouteContext } from "../context.ts";
import { requireDocument, signedInUser } from "../guards.ts";
import { UserParams } from "../organisations/schema.ts";
import { validate } from "../validate.ts";

/**
 * Who has which role on a document; owners change and revoke roles. A change reaches the
 * person's open sockets and streams at once, and someone who may no longer share loses the
 * invitations they sent that are still pending. Mounted under `/:documentId/roles`.
 */
export function rolesRouter(ctx: RouteContext) {
  const router = Router({ mergeParams: true });
  const { store, accessEvents } = ctx;

  router.get("/", requireDocument(store, "document.viewRoles"), async (req, res) => {
    res.json({ roles: await store.roles.forDocument(documentIdOf(req)) });
  });

  router.put(
    "/:userId",
    requireDocument(store, "document.share"),
    validate("params", UserParams.passthrough()),
    validate("body", RoleGrantSchema),
    async (req, res) => {
      const documentId = documentIdOf(req);
      const target = await store.users.find(String(req.params.userId));
      if (!target) throw notFound("user_not_found", "No account with this id exists.");
      const current = await store.roles.roleOf(documentId, target.id);
      if (sharesLost(current, req.body.role)) await refuseLastOwner(documentId);
      await store.roles.put({
        documentId,
        userId: target.id,
        role: req.body.role,
        grantedBy: signedInUser(req).id,
        grantedAt: new Date().toISOString(),
      });
      accessEvents.documentAccessChanged(documentId, target.id);
      await lapsedInvitationRevoker({ store, documentId, inviterId: target.id });
      res.json({ userId: target.id, name: target.name, email: target.email, role: req.body.role });
    },
  );

  router.delete(
    "/:userId",
    requireDocument(store, "document.share"),
    validate("params", UserParams.passthrough()),
    async (req, res) => {
      const documentId = documentIdOf(req);
      const userId = String(req.params.userId);
      const current = await store.roles.roleOf(documentId, userId);
      if (!current) throw notFound("role_not_found", "This person has no role on the document.");
      if (sharesLost(current, null)) await refuseLastOwner(documentId);
      await store.roles.remove(documentId, userId);
      accessEvents.documentAccessChanged(documentId, userId);
      await lapsedInvitationRevoker({ store, documentId, inviterId: userId });
      res.status(204).end();
    },
  );

  /** The document `requireDocument` loaded. */
  function documentIdOf(req: Request): string {
    return req.document?.id ?? "";
  }

  /** True when going from role `from` to `to` takes away the right to share the draft. */
  function sharesLost(from: DocumentRole | null, to: DocumentRole | null): boolean {
    return can(from, "document.share") && !can(to, "document.share");
  }

  /** A draft must always keep an owner who can share it. */
  async function refuseLastOwner(documentId: string) {
    const owners = (await store.roles.forDocument(documentId)).filter((r) =>
      can(r.role, "document.share"),
    );
    if (owners.length <= 1) {
      throw new HttpError(409, "last_owner", "A draft needs at least one owner.");
    }
  }

  return router;
}
