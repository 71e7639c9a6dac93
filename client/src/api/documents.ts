import {
  type DocumentCreate,
  DocumentListSchema,
  type DocumentSummary,
  DocumentSummarySchema,
} from "../../../shared/schemas/index.ts";
import { requestJson } from "./client.ts";

/** Every draft, newest first. */
export async function listDocuments(signal?: AbortSignal): Promise<DocumentSummary[]> {
  const list = await requestJson("/api/documents", DocumentListSchema, { signal });
  return list.documents;
}

/** One draft's summary; rejects with `ApiRequestError` status 404 when it does not exist. */
export function getDocument(documentId: string, signal?: AbortSignal): Promise<DocumentSummary> {
  return requestJson(`/api/documents/${encodeURIComponent(documentId)}`, DocumentSummarySchema, {
    signal,
  });
}

/** Creates a draft; a 400 carries the server's message for the offending field. */
export function createDocument(input: DocumentCreate): Promise<DocumentSummary> {
  return requestJson("/api/documents", DocumentSummarySchema, { method: "POST", body: input });
}
