import type { OrganisationRecord, Store } from "../store/index.ts";

/**
 * The organisation presence shows beside a person's name, so that someone who renamed
 * themselves after another person still stands apart: a verified one only (an administrator
 * vouched for it), a government body first (the one a drafter works for); null when none.
 */
export async function presenceOrganisation(
  store: Pick<Store, "organisations">,
  userId: string,
): Promise<string | null> {
  const verified = (await store.organisations.forUser(userId)).filter(
    (organisation: OrganisationRecord) => organisation.verifiedAt !== null,
  );
  const chosen = verified.find((o) => o.kind === "government") ?? verified[0];
  return chosen?.name ?? null;
}
