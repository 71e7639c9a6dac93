import {
  type ConsultationQuery,
  ConsultationQuerySchema,
  type ConsultationSummary,
} from "../../../../shared/schemas/index.ts";

/**
 * The list's search and filters as the address bar holds them (`?q=&body=&status=&year=`), so a
 * search can be bookmarked and shared. A value the server would refuse is left out, field by field,
 * instead of failing the whole page.
 */
export function queryFromSearch(params: URLSearchParams): ConsultationQuery {
  const query: ConsultationQuery = {};
  const shape = ConsultationQuerySchema.shape;
  const q = shape.q.safeParse(params.get("q") ?? undefined);
  if (q.success && q.data) query.q = q.data;
  const body = shape.body.safeParse(params.get("body") || undefined);
  if (body.success && body.data) query.body = body.data;
  const status = shape.status.safeParse(params.get("status") || undefined);
  if (status.success && status.data) query.status = status.data;
  const year = shape.year.safeParse(params.get("year") || undefined);
  if (year.success && year.data !== undefined) query.year = year.data;
  return query;
}

/** True when the query narrows the list at all. */
export function isFiltered(query: ConsultationQuery): boolean {
  return Object.values(query).some((value) => value !== undefined && value !== "");
}

/** What the filters can offer: the government bodies and years of every published consultation. */
export function filterOptions(consultations: readonly ConsultationSummary[]) {
  const bodies = new Map<string, string>();
  const years = new Set<number>();
  for (const consultation of consultations) {
    if (consultation.governmentBody) {
      bodies.set(consultation.governmentBody.id, consultation.governmentBody.name);
    }
    years.add(consultation.year);
  }
  return {
    bodies: [...bodies]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    years: [...years].sort((a, b) => b - a),
  };
}
