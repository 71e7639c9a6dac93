import type { DocumentRole } from "../../../shared/permissions.ts";
import type { SqlDatabase } from "./database.ts";

/** One person's role on one document. */
export interface RoleRecord {
  documentId: string;
  userId: string;
  role: DocumentRole;
  grantedBy: string | null;
  grantedAt: string;
}

/** A role with the person's name and email, for the sharing dialog. */
export interface RoleAssignment {
  userId: string;
  name: string;
  email: string;
  role: DocumentRole;
}

/** Data access for document roles. */
export interface RoleStore {
  /** Grants or changes a role. */
  put(record: RoleRecord): Promise<void>;
  remove(documentId: string, userId: string): Promise<void>;
  roleOf(documentId: string, userId: string): Promise<DocumentRole | null>;
  forDocument(documentId: string): Promise<RoleAssignment[]>;
  /** Documents a person has any role on, with that role. */
  forUser(userId: string): Promise<{ documentId: string; role: DocumentRole }[]>;
}

/** The SQL implementation of {@link RoleStore}. */
export function createRoleStore(db: SqlDatabase): RoleStore {
  return {
    async put(r) {
      await db.run(
        `INSERT INTO document_roles (document_id, user_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (document_id, user_id) DO UPDATE SET role = excluded.role, granted_by = excluded.granted_by, granted_at = excluded.granted_at`,
        [r.documentId, r.userId, r.role, r.grantedBy, r.grantedAt],
      );
    },
    async remove(documentId, userId) {
      await db.run("DELETE FROM document_roles WHERE document_id = ? AND user_id = ?", [
        documentId,
        userId,
      ]);
    },
    async roleOf(documentId, userId) {
      const row = await db.get<{ role: DocumentRole }>(
        "SELECT role FROM document_roles WHERE document_id = ? AND user_id = ?",
        [documentId, userId],
      );
      return row?.role ?? null;
    },
    async forDocument(documentId) {
      return db.all<RoleAssignment>(
        `SELECT u.id AS "userId", u.name AS name, u.email AS email, r.role AS role
         FROM document_roles r JOIN users u ON u.id = r.user_id WHERE r.document_id = ? ORDER BY u.name`,
        [documentId],
      );
    },
    async forUser(userId) {
      return db.all<{ documentId: string; role: DocumentRole }>(
        `SELECT document_id AS "documentId", role FROM document_roles WHERE user_id = ?`,
        [userId],
      );
    },
  };
}
