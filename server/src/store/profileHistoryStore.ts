import type { SqlDatabase } from "./database.ts";

/** One change of a person's public name or affiliation, as the profile history shows it. */
export interface ProfileChangeRecord {
  field: "name" | "affiliation";
  oldValue: string;
  newValue: string;
  changedAt: string;
}

interface ProfileChangeRow {
  field: "name" | "affiliation";
  old_value: string;
  new_value: string;
  changed_at: string;
}

/**
 * The public history of each person's names and affiliations. Written only by the triggers of
 * migration 9 (any rename leaves a row in the same transaction) and never changed after:
 * someone who takes another person's name stays traceable to the names they had before.
 */
export interface ProfileHistoryStore {
  /** A person's changes, oldest first. */
  forUser(userId: string): Promise<ProfileChangeRecord[]>;
}

/** The SQL implementation of {@link ProfileHistoryStore}. */
export function createProfileHistoryStore(db: SqlDatabase): ProfileHistoryStore {
  return {
    async forUser(userId) {
      const rows = await db.all<ProfileChangeRow>(
        "SELECT field, old_value, new_value, changed_at FROM profile_changes WHERE user_id = ? ORDER BY id",
        [userId],
      );
      return rows.map((row) => ({
        field: row.field,
        oldValue: row.old_value,
        newValue: row.new_value,
        changedAt: row.changed_at,
      }));
    },
  };
}
