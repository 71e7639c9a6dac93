import type { AuthorshipRecord, OrganisationRecord, Store, UserRecord } from "../store/index.ts";

/**
 * Who someone is as they write: their name, declared interests and the organisation they
 * speak for, frozen into the record so a later change never rewrites it. The organisation is
 * a verified membership (of `prefer` kind first, e.g. the government body a drafter answers
 * for), else none: anyone may register an organisation under any name, so only one an
 * administrator verified ever stands beside a name (someone calling themselves a ministry's
 * official cannot borrow the ministry's name that way).
 */
export async function authorshipSnapshot(props: {
  store: Pick<Store, "organisations">;
  user: UserRecord;
  prefer?: OrganisationRecord["kind"];
}): Promise<AuthorshipRecord> {
  const memberships = await props.store.organisations.forUser(props.user.id);
  const ranked = [
    (o: OrganisationRecord) => o.verifiedAt !== null && o.kind === props.prefer,
    (o: OrganisationRecord) => o.verifiedAt !== null,
  ];
  let organisation: OrganisationRecord | undefined;
  for (const fits of ranked) {
    organisation = memberships.find(fits);
    if (organisation) break;
  }
  return {
    id: props.user.id,
    name: props.user.name,
    interests: props.user.interests,
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, kind: organisation.kind }
      : null,
  };
}
