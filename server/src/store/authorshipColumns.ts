import type { OrganisationKind } from "../../../shared/schemas/index.ts";

/**
 * Who wrote a comment or answer, as they were when they wrote it: stored as a snapshot so
 * that a later change of profile or organisation never rewrites a declared interest.
 */
export interface AuthorshipRecord {
  id: string;
  name: string;
  interests: string;
  organisation: { id: string; name: string; kind: OrganisationKind } | null;
}

/** The snapshot columns as stored on `comments` and `answers`. */
export interface AuthorshipRow {
  author_id: string;
  author_name: string;
  author_interests: string;
  author_organisation_id: string | null;
  author_organisation_name: string | null;
  author_organisation_kind: OrganisationKind | null;
}

/** Column names, in the order {@link authorshipValues} gives their values; for SELECT and UPDATE. */
export const AUTHORSHIP_COLUMNS = [
  "author_id",
  "author_name",
  "author_interests",
  "author_organisation_id",
  "author_organisation_name",
  "author_organisation_kind",
] as const;

/** The snapshot as the columns it is stored in. */
export function authorshipRow(author: AuthorshipRecord): AuthorshipRow {
  return {
    author_id: author.id,
    author_name: author.name,
    author_interests: author.interests,
    author_organisation_id: author.organisation?.id ?? null,
    author_organisation_name: author.organisation?.name ?? null,
    author_organisation_kind: author.organisation?.kind ?? null,
  };
}

/** The snapshot's values for an UPDATE, in {@link AUTHORSHIP_COLUMNS} order. */
export function authorshipValues(author: AuthorshipRecord) {
  const row = authorshipRow(author);
  return AUTHORSHIP_COLUMNS.map((column) => row[column]);
}

/** Reads the snapshot back from a row. */
export function authorshipOf(row: AuthorshipRow): AuthorshipRecord {
  return {
    id: row.author_id,
    name: row.author_name,
    interests: row.author_interests,
    organisation:
      row.author_organisation_id && row.author_organisation_name && row.author_organisation_kind
        ? {
            id: row.author_organisation_id,
            name: row.author_organisation_name,
            kind: row.author_organisation_kind,
          }
        : null,
  };
}
