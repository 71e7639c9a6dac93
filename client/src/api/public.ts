import { z } from "zod";
import {
  type ConsultationQuery,
  type ConsultationSummary,
  ConsultationListSchema,
  type PublicRecord,
  PublicRecordSchema,
} from "../../../shared/schemas/index.ts";
import { ApiUnavailableError, requestJson, segment } from "./client.ts";

/** Where the public record of a consultation lives, for links and downloads. */
export const publicPaths = {
  list: "/api/public/consultations",
  record: (documentId: string) => `/api/public/consultations/${segment(documentId)}/record`,
  commentsCsv: (documentId: string) =>
    `/api/public/consultations/${segment(documentId)}/comments.csv`,
  dim: (documentId: string, round: number) =>
    `/api/public/consultations/${segment(documentId)}/rounds/${round}/dim`,
  feed: "/public/feed.xml",
} as const;

/** The query string of the consultation list, without empty filters. */
export function consultationSearch(query: ConsultationQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.body) params.set("body", query.body);
  if (query.status) params.set("status", query.status);
  if (query.year !== undefined) params.set("year", String(query.year));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Published consultations matching `query`, most recently active first; no account needed. */
export async function listConsultations(
  query: ConsultationQuery,
  signal?: AbortSignal,
): Promise<ConsultationSummary[]> {
  const path = `${publicPaths.list}${consultationSearch(query)}`;
  const list = await requestJson(path, ConsultationListSchema, { signal });
  return list.consultations;
}

/**
 * A consultation's public record: `record` parsed for display, and `raw`, the JSON exactly as
 * published — the seals are checked against `raw`, since parsing drops members this client does
 * not know, and every member counts in a seal. 404 when nothing of it is published.
 */
export async function getPublicRecord(
  documentId: string,
  signal?: AbortSignal,
): Promise<{ record: PublicRecord; raw: unknown }> {
  const path = publicPaths.record(documentId);
  const raw = await requestJson(path, z.unknown(), { signal });
  const parsed = PublicRecordSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiUnavailableError(`Unexpected answer from ${path}`, { cause: parsed.error });
  }
  return { record: parsed.data, raw };
}
