/** The two SQL dialects the store speaks. */
export type Dialect = "sqlite" | "postgres";

/** How a condition compares values that may be NULL, in each dialect. */
export interface Comparisons {
  /** `a` equals `b`, NULL equal to NULL. */
  same(a: string, b: string): string;
  /** `a` differs from `b`, NULL differing from any value. */
  differs(a: string, b: string): string;
}

const COMPARISONS: Record<Dialect, Comparisons> = {
  sqlite: { same: (a, b) => `${a} IS ${b}`, differs: (a, b) => `${a} IS NOT ${b}` },
  postgres: {
    same: (a, b) => `${a} IS NOT DISTINCT FROM ${b}`,
    differs: (a, b) => `${a} IS DISTINCT FROM ${b}`,
  },
};

/** A change the database refuses: a row-level trigger that aborts the statement. */
export interface Refusal {
  name: string;
  table: string;
  /** `UPDATE`, `DELETE` or `UPDATE OF column, …`. */
  event: string;
  /** When to refuse (OLD/NEW as usual); always when absent. May hold subqueries. */
  when?: (c: Comparisons) => string;
  message: string;
}

/**
 * The SQL creating each refusal as a trigger. SQLite: `BEFORE … WHEN … RAISE(ABORT)`. PostgreSQL
 * cannot put a subquery in a trigger's WHEN, so the condition moves into a plpgsql function of
 * the same name; an IF on NULL does not fire, just like SQLite's WHEN.
 */
export function refusalTriggers(dialect: Dialect, refusals: Refusal[]): string {
  const c = COMPARISONS[dialect];
  return refusals
    .map((r) => {
      const quoted = r.message.replaceAll("'", "''");
      if (dialect === "sqlite") {
        const when = r.when ? `\n  WHEN ${r.when(c)}` : "";
        return `CREATE TRIGGER ${r.name} BEFORE ${r.event} ON ${r.table}${when}
  BEGIN SELECT RAISE(ABORT, '${quoted}'); END;`;
      }
      const raise = `RAISE EXCEPTION '${quoted}' USING ERRCODE = 'integrity_constraint_violation';`;
      const body = r.when ? `IF ${r.when(c)} THEN ${raise} END IF;` : raise;
      return `CREATE FUNCTION ${r.name}() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  ${body}
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $body$;
CREATE TRIGGER ${r.name} BEFORE ${r.event} ON ${r.table}
  FOR EACH ROW EXECUTE FUNCTION ${r.name}();`;
    })
    .join("\n");
}
