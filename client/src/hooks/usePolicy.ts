import { canAny } from "../../../shared/permissions.ts";
import type { Me } from "../../../shared/schemas/index.ts";
import { useSession } from "./useSession.ts";

/**
 * Who may start a new draft, as the server decides it: an administrator, or a member of a
 * verified government organisation. Only used to hide the form; the server enforces it.
 */
export function mayCreateDocuments(me: Me): boolean {
  return (
    isAdministrator(me) ||
    me.organisations.some(
      (organisation) => organisation.kind === "government" && organisation.verified,
    )
  );
}

/** True when the person holds the site-wide administration capability. */
export function isAdministrator(me: Me): boolean {
  return canAny([me.isAdmin ? "administrator" : "public"], "site.administer");
}

/** What the signed-in person may do site-wide; everything false when nobody is signed in. */
export function usePolicy(): { mayCreateDocuments: boolean; mayAdminister: boolean } {
  const { state } = useSession();
  if (state.status !== "signedIn") return { mayCreateDocuments: false, mayAdminister: false };
  return {
    mayCreateDocuments: mayCreateDocuments(state.me),
    mayAdminister: isAdministrator(state.me),
  };
}
