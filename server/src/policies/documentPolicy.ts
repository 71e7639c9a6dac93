import {
  type Capability,
  canAny,
  type DocumentRole,
  mayStartDrafts,
  type Role,
} from "../../../shared/permissions.ts";
import type { Store, UserRecord } from "../store/index.ts";

/** What a person may do on one document, with the roles that decided it. */
export interface DocumentAccess {
  documentRole: DocumentRole | null;
  roles: Role[];
  can(capability: Capability): boolean;
}

/** The roles a person holds on a document: their document role and, if any, their site role. */
export async function documentAccess(
  store: Store,
  user: UserRecord | null,
  documentId: string,
): Promise<DocumentAccess> {
  const documentRole = user ? await store.roles.roleOf(documentId, user.id) : null;
  const roles: Role[] = [documentRole ?? "public"];
  if (user?.isAdmin) roles.push("administrator");
  return { documentRole, roles, can: (capability) => canAny(roles, capability) };
}

/** True when a person holds a site-wide capability (e.g. `site.administer`). */
export function siteCan(user: UserRecord | null, capability: Capability): boolean {
  return canAny([user?.isAdmin ? "administrator" : "public"], capability);
}

/** Whether a person may start a new draft (the rule is `mayStartDrafts` in shared/). */
export async function mayCreateDocuments(store: Store, user: UserRecord | null): Promise<boolean> {
  if (!user) return false;
  const organisations = await store.organisations.forUser(user.id);
  return mayStartDrafts({
    isAdmin: user.isAdmin,
    organisations: organisations.map((o) => ({ kind: o.kind, verified: o.verifiedAt !== null })),
  });
}
