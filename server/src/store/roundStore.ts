import type { OrganisationKind, RoundAudience } from "../../../shared/schemas/index.ts";
import type { SqlDatabase } from "./database.ts";

/** A person named on a round's record, as they were named then. */
export interface PersonRef {
  id: string;
  name: string;
}

/** A consultation round as stored. Whether it is scheduled or open follows from the time. */
export interface RoundRecord {
  id: string;
  documentId: string;
  /** Round N consults on version N. */
  number: number;
  versionId: string;
  opensAt: string;
  closesAt: string;
  timeZone: string;
  audience: RoundAudience;
  openedBy: PersonRef;
  createdAt: string;
  /** Set once closed: `closesAt` when it closed by itself. */
  closedAt: string | null;
  /** The drafter who closed it early; null when it closed automatically. */
  closedBy: PersonRef | null;
  closeReason: string | null;
  concludedAt: string | null;
  conclusion: string | null;
  concludedBy: PersonRef | null;
}

/** An organisation invited to a round. */
export interface RoundOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
}

/** How a round's top-level comments stand (see `RoundViewSchema.counts`). */
export interface RoundCounts {
  comments: number;
  answered: number;
  unanswered: number;
  hidden: number;
}

interface RoundRow {
  id: string;
  document_id: string;
  number: number;
  version_id: string;
  opens_at: string;
  closes_at: string;
  time_zone: string;
  audience: RoundAudience;
  opened_by: string;
  opened_by_name: string;
  created_at: string;
  closed_at: string | null;
  closed_by: string | null;
  closed_by_name: string | null;
  close_reason: string | null;
  concluded_at: string | null;
  conclusion: string | null;
  conclusion_by: string | null;
  conclusion_by_name: string | null;
}

const person = (id: string | null, name: string | null): PersonRef | null =>
  id ? { id, name: name ?? "" } : null;

const toRecord = (row: RoundRow): RoundRecord => ({
  id: row.id,
  documentId: row.document_id,
  number: row.number,
  versionId: row.version_id,
  opensAt: row.opens_at,
  closesAt: row.closes_at,
  timeZone: row.time_zone,
  audience: row.audience,
  openedBy: { id: row.opened_by, name: row.opened_by_name },
  createdAt: row.created_at,
  closedAt: row.closed_at,
  closedBy: person(row.closed_by, row.closed_by_name),
  closeReason: row.close_reason,
  concludedAt: row.concluded_at,
  conclusion: row.conclusion,
  concludedBy: person(row.conclusion_by, row.conclusion_by_name),
});

/** Data access for consultation rounds and the organisations they invite. */
export interface RoundStore {
  insert(record: RoundRecord, organisationIds: readonly string[]): Promise<void>;
  /** Round `number` of a document. */
  find(documentId: string, number: number): Promise<RoundRecord | undefined>;
  /** The round that consults on a version. */
  findByVersion(versionId: string): Promise<RoundRecord | undefined>;
  /** Every round of a document, oldest first. */
  list(documentId: string): Promise<RoundRecord[]>;
  /** The document's latest round. */
  latest(documentId: string): Promise<RoundRecord | undefined>;
  /** Rounds not closed yet, across documents, by `closesAt`. */
  listNotClosed(): Promise<RoundRecord[]>;
  /**
   * Records that a round closed; false (nothing written) when it already was. `by` null: it
   * closed automatically.
   */
  close(
    id: string,
    closing: { at: string; by: PersonRef | null; reason: string | null },
  ): Promise<boolean>;
  /** Records the conclusion of a closed round; false (nothing written) when it already has one. */
  conclude(id: string, c: { at: string; by: PersonRef; conclusion: string }): Promise<boolean>;
  /** The organisations a round invites, by name. */
  organisations(roundId: string): Promise<RoundOrganisation[]>;
  /** How the round's top-level comments stand. */
  counts(versionId: string): Promise<RoundCounts>;
}

/** The SQL implementation of {@link RoundStore}. */
export function createRoundStore(db: SqlDatabase): RoundStore {
  const one = async (sql: string, params: (string | number)[]) => {
    const row = await db.get<RoundRow>(sql, params);
    return row && toRecord(row);
  };
  return {
    async insert(r, organisationIds) {
      await db.run(
        `INSERT INTO rounds (id, document_id, number, version_id, opens_at, closes_at, time_zone,
           audience, opened_by, opened_by_name, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          r.id,
          r.documentId,
          r.number,
          r.versionId,
          r.opensAt,
          r.closesAt,
          r.timeZone,
          r.audience,
          r.openedBy.id,
          r.openedBy.name,
          r.createdAt,
        ],
      );
      for (const organisationId of organisationIds) {
        await db.run(
          "INSERT INTO round_organisations (round_id, organisation_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
          [r.id, organisationId],
        );
      }
    },
    find: (documentId, number) =>
      one("SELECT * FROM rounds WHERE document_id = ? AND number = ?", [documentId, number]),
    findByVersion: (versionId) => one("SELECT * FROM rounds WHERE version_id = ?", [versionId]),
    latest: (documentId) =>
      one("SELECT * FROM rounds WHERE document_id = ? ORDER BY number DESC LIMIT 1", [documentId]),
    async list(documentId) {
      const rows = await db.all<RoundRow>(
        "SELECT * FROM rounds WHERE document_id = ? ORDER BY number",
        [documentId],
      );
      return rows.map(toRecord);
    },
    async listNotClosed() {
      const rows = await db.all<RoundRow>(
        "SELECT * FROM rounds WHERE closed_at IS NULL ORDER BY closes_at, id",
      );
      return rows.map(toRecord);
    },
    async close(id, c) {
      const { changes } = await db.run(
        `UPDATE rounds SET closed_at = ?, closed_by = ?, closed_by_name = ?, close_reason = ?
         WHERE id = ? AND closed_at IS NULL`,
        [c.at, c.by?.id ?? null, c.by?.name ?? null, c.reason, id],
      );
      return changes > 0;
    },
    async conclude(id, c) {
      const { changes } = await db.run(
        `UPDATE rounds SET concluded_at = ?, conclusion = ?, conclusion_by = ?, conclusion_by_name = ?
         WHERE id = ? AND closed_at IS NOT NULL AND concluded_at IS NULL`,
        [c.at, c.conclusion, c.by.id, c.by.name, id],
      );
      return changes > 0;
    },
    organisations(roundId) {
      return db.all<RoundOrganisation>(
        `SELECT o.id, o.name, o.kind FROM organisations o
         JOIN round_organisations r ON r.organisation_id = o.id
         WHERE r.round_id = ? ORDER BY o.name`,
        [roundId],
      );
    },
    async counts(versionId) {
      const row = await db.get<Record<keyof RoundCounts, number | null>>(
        `SELECT COUNT(*) AS comments,
           COUNT(CASE WHEN a.comment_id IS NOT NULL THEN 1 END) AS answered,
           COUNT(CASE WHEN a.comment_id IS NULL AND c.status = 'visible' THEN 1 END) AS unanswered,
           COUNT(CASE WHEN a.comment_id IS NULL AND c.status <> 'visible' THEN 1 END) AS hidden
         FROM comments c LEFT JOIN answers a ON a.comment_id = c.id
         WHERE c.version_id = ? AND c.parent_id IS NULL`,
        [versionId],
      );
      return {
        comments: row?.comments ?? 0,
        answered: row?.answered ?? 0,
        unanswered: row?.unanswered ?? 0,
        hidden: row?.hidden ?? 0,
      };
    },
  };
}
