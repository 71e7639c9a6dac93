/**
 * Who may do what: one table, asked by the REST routes, the collaboration socket
 * and (only to hide buttons) the client. Nobody compares role names elsewhere.
 */

/** A person's role on one document. */
export const DOCUMENT_ROLES = ["owner", "drafter", "reviewer", "observer"] as const;
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

/** Roles that are not tied to one document. */
export type SiteRole = "administrator" | "public";

/**
 * A role held for one consultation round without any role on the document: a member of a
 * verified organisation when the round is open to all of them, or of an invited organisation.
 * It reaches the round's frozen version and its comments, never the live draft.
 */
export type RoundRole = "participant";

/**
 * Everything a role can be: a document role, a site-wide role, a round role, or the anonymous
 * public.
 */
export type Role = DocumentRole | SiteRole | RoundRole;

/** Actions a role may be granted. */
export const CAPABILITIES = [
  /** Open the document and follow it live. */
  "document.read",
  /** Change the live draft's text. */
  "document.edit",
  /** Comment on passages (used from the comments milestone on). */
  "document.comment",
  /** Answer comments officially (used from the comments milestone on). */
  "document.respond",
  /** See who has which role on the document. */
  "document.viewRoles",
  /** Grant, change and revoke roles, and invite people. */
  "document.share",
  /** Open, close and conclude consultation rounds; restore an earlier version. */
  "document.consult",
  /** Read a consultation round: its frozen version and its comments. */
  "round.read",
  /** Comment, reply and suggest on a round's version while the round is open. */
  "round.comment",
  /** Manage accounts and verify organisations. */
  "site.administer",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const GRANTS: Record<Role, readonly Capability[]> = {
  owner: [
    "document.read",
    "document.edit",
    "document.comment",
    "document.respond",
    "document.viewRoles",
    "document.share",
    "document.consult",
    "round.read",
    "round.comment",
  ],
  drafter: [
    "document.read",
    "document.edit",
    "document.comment",
    "document.respond",
    "document.viewRoles",
    "document.consult",
    "round.read",
    "round.comment",
  ],
  reviewer: ["document.read", "document.comment", "round.read", "round.comment"],
  observer: ["document.read", "round.read"],
  // Administrators read every document so that they can moderate; they never edit one, and
  // never comment in a consultation they may have to moderate.
  administrator: ["site.administer", "document.read", "round.read"],
  participant: ["round.read", "round.comment"],
  public: [],
};

/** True when `role` grants `capability`. */
export function can(role: Role | null | undefined, capability: Capability): boolean {
  return role ? GRANTS[role].includes(capability) : false;
}

/**
 * True when `role` grants everything `other` grants, so trading it for `other` would lose
 * nothing (an invitation never lowers a role someone already has).
 */
export function grantsAllOf(role: Role | null | undefined, other: Role): boolean {
  return CAPABILITIES.every((capability) => !can(other, capability) || can(role, capability));
}

/** True when any of the roles grants `capability`. */
export function canAny(
  roles: readonly (Role | null | undefined)[],
  capability: Capability,
): boolean {
  return roles.some((role) => can(role, capability));
}

/** What decides whether someone may start a new draft. */
export interface DraftStarter {
  isAdmin: boolean;
  organisations: readonly { kind: string; verified: boolean }[];
}

/**
 * Who may start a new draft: an administrator, or a member of a verified
 * government organisation — drafts are the government's to write.
 */
export function mayStartDrafts(person: DraftStarter | null | undefined): boolean {
  if (!person) return false;
  return person.isAdmin || person.organisations.some((o) => o.kind === "government" && o.verified);
}
