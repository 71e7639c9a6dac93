import type { OrganisationKind } from "../../../shared/schemas/index.ts";
import type { SqlDatabase } from "./database.ts";

/** A government body, civil-society organisation, academic institution … */
export interface OrganisationRecord {
  id: string;
  name: string;
  kind: OrganisationKind;
  verifiedAt: string | null;
  verifiedBy: string | null;
  createdAt: string;
}

interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  verified_at: string | null;
  verified_by: string | null;
  created_at: string;
}

const toRecord = (row: OrganisationRow): OrganisationRecord => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  verifiedAt: row.verified_at,
  verifiedBy: row.verified_by,
  createdAt: row.created_at,
});

/** Data access for organisations and who belongs to them. */
export interface OrganisationStore {
  insert(record: OrganisationRecord): Promise<void>;
  find(id: string): Promise<OrganisationRecord | undefined>;
  list(): Promise<OrganisationRecord[]>;
  setVerified(id: string, verifiedBy: string | null, at: string | null): Promise<void>;
  addMember(organisationId: string, userId: string, at: string): Promise<void>;
  /** Removes a membership; false when there was none. */
  removeMember(organisationId: string, userId: string): Promise<boolean>;
  forUser(userId: string): Promise<OrganisationRecord[]>;
  members(organisationId: string): Promise<{ id: string; name: string; affiliation: string }[]>;
}

/** The SQL implementation of {@link OrganisationStore}. */
export function createOrganisationStore(db: SqlDatabase): OrganisationStore {
  return {
    async insert(o) {
      await db.run(
        "INSERT INTO organisations (id, name, kind, verified_at, verified_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [o.id, o.name, o.kind, o.verifiedAt, o.verifiedBy, o.createdAt],
      );
    },
    async find(id) {
      const row = await db.get<OrganisationRow>("SELECT * FROM organisations WHERE id = ?", [id]);
      return row && toRecord(row);
    },
    async list() {
      return (await db.all<OrganisationRow>("SELECT * FROM organisations ORDER BY name")).map(
        toRecord,
      );
    },
    async setVerified(id, verifiedBy, at) {
      await db.run("UPDATE organisations SET verified_at = ?, verified_by = ? WHERE id = ?", [
        at,
        verifiedBy,
        id,
      ]);
    },
    async addMember(organisationId, userId, at) {
      await db.run(
        "INSERT INTO memberships (user_id, organisation_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [userId, organisationId, at],
      );
    },
    async removeMember(organisationId, userId) {
      const result = await db.run(
        "DELETE FROM memberships WHERE organisation_id = ? AND user_id = ?",
        [organisationId, userId],
      );
      return result.changes === 1;
    },
    async forUser(userId) {
      const rows = await db.all<OrganisationRow>(
        "SELECT o.* FROM organisations o JOIN memberships m ON m.organisation_id = o.id WHERE m.user_id = ? ORDER BY o.name",
        [userId],
      );
      return rows.map(toRecord);
    },
    async members(organisationId) {
      return db.all<{ id: string; name: string; affiliation: string }>(
        "SELECT u.id, u.name, u.affiliation FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organisation_id = ? ORDER BY u.name",
        [organisationId],
      );
    },
  };
}
