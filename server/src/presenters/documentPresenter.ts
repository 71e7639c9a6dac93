import type { DocumentRole } from "../../../shared/permissions.ts";
import type { DocumentSummary } from "../../../shared/schemas/index.ts";
import type { DocumentRecord } from "../store/index.ts";

/** The JSON a client receives for a document record, with the caller's role on it. */
export function presentDocument(
  record: DocumentRecord,
  role: DocumentRole | null,
): DocumentSummary {
  return {
    id: record.id,
    title: record.title,
    createdAt: record.createdAt,
    form: record.form,
    role,
  };
}
