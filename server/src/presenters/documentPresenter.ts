import type { DocumentSummary } from "../../../shared/schemas/index.ts";
import type { DocumentRecord } from "../store/index.ts";

/** The JSON a client receives for a document record. */
export function presentDocument(record: DocumentRecord): DocumentSummary {
  return { id: record.id, title: record.title, createdAt: record.createdAt };
}
