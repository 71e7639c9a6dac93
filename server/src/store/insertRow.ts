import type { SqlDatabase, SqlValue } from "./database.ts";

/**
 * Inserts one row given as column → value, so each value is written next to its column's name
 * and the two lists cannot drift apart. `table` is always a name from the code, never input.
 */
export async function insertRow(
  db: Pick<SqlDatabase, "run">,
  table: string,
  row: Readonly<Record<string, SqlValue>>,
): Promise<void> {
  const columns = Object.keys(row);
  await db.run(
    `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    Object.values(row),
  );
}
