import type { Me, Organisation, PublicProfile } from "../../../shared/schemas/index.ts";
import type { OrganisationRecord, ProfileChangeRecord, UserRecord } from "../store/index.ts";

/** An organisation as anyone signed in may see it. */
export function presentOrganisation(record: OrganisationRecord): Organisation {
  return {
    id: record.id,
    name: record.name,
    kind: record.kind,
    verified: record.verifiedAt !== null,
  };
}

/** The signed-in person's own account. Never includes the password hash. */
export function presentMe(user: UserRecord, organisations: OrganisationRecord[]): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    affiliation: user.affiliation,
    interests: user.interests,
    isAdmin: user.isAdmin,
    organisations: organisations.map(presentOrganisation),
  };
}

/** An account as the administrators' page lists it. */
export function presentUserForAdmin(user: UserRecord, organisations: OrganisationRecord[]) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    disabled: user.disabledAt !== null,
    organisations: organisations.map(presentOrganisation),
  };
}

/** A person's public profile: never their e-mail; verified organisations first. */
export function presentPublicProfile(
  user: UserRecord,
  organisations: OrganisationRecord[],
  history: ProfileChangeRecord[],
): PublicProfile {
  const ranked = [...organisations].sort(
    (a, b) => Number(b.verifiedAt !== null) - Number(a.verifiedAt !== null),
  );
  return {
    id: user.id,
    name: user.name,
    affiliation: user.affiliation,
    interests: user.interests,
    organisations: ranked.map(presentOrganisation),
    history: history.map((change) => ({
      field: change.field,
      from: change.oldValue,
      to: change.newValue,
      at: change.changedAt,
    })),
  };
}
