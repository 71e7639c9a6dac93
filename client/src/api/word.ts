import { z } from "zod";
import { DocumentSummarySchema } from "../../../shared/schemas/index.ts";
import { requestJson, segment } from "./client.ts";

/** The media type of a Word (.docx) file. */
export const DOCX_MEDIA_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Why a passage of an imported Word file was kept as a plain paragraph. */
export const UNRECOGNISED_REASONS = [
  "outside_structure",
  "unit_out_of_place",
  "missing_part",
  "unknown_target",
] as const;

const WordImportSchema = z.object({
  document: DocumentSummarySchema,
  unrecognised: z.array(z.object({ text: z.string(), reason: z.string() })),
});

/** A draft started from a Word file, with what the drafter still has to fix by hand. */
export type WordImport = z.infer<typeof WordImportSchema>;

/**
 * Starts a structured draft from a .docx file. Rejects with `ApiRequestError` 415 `not_docx`,
 * 422 `unreadable_docx` or `not_a_regulation`, 413 `docx_too_large` (a zip bomb, or beyond the
 * import's time or memory), 429 `import_in_progress` (one import per account at a time), 503
 * `import_busy` (every import worker taken), or 403 for people who may not start drafts.
 */
export function importWordDraft(file: Blob, title: string): Promise<WordImport> {
  return requestJson(`/api/documents/import?title=${encodeURIComponent(title)}`, WordImportSchema, {
    method: "POST",
    body: file,
    rawBodyType: DOCX_MEDIA_TYPE,
  });
}

/** Where the live draft, or its frozen version `version`, downloads as a Word file. */
export const wordExportPath = (documentId: string, version?: number) =>
  `${exportBase(documentId, version)}/export.docx`;

/** Where the live draft, or its frozen version `version`, is laid out for printing (and PDF). */
export const printPagePath = (documentId: string, version?: number) =>
  `${exportBase(documentId, version)}/print`;

const exportBase = (documentId: string, version?: number) =>
  `/api/documents/${segment(documentId)}${version === undefined ? "" : `/versions/${version}`}`;
