import { HttpError } from "../errors.ts";

/**
 * Why a Word file could not be imported, as a stable id the client can branch on:
 * `not_docx` (empty, not a zip, an old binary .doc, or a zip without a Word document),
 * `unreadable_docx` (a damaged or truncated .docx, odd part names, a part larger than it
 * declares), `not_a_regulation` (a readable document with no Pasal at all, so there is no body
 * to import into), `docx_too_large` (unpacks to more, or takes longer or more memory to read,
 * than an import may: a zip bomb or a document far beyond any regulation).
 */
export type DocxImportErrorId =
  | "not_docx"
  | "unreadable_docx"
  | "not_a_regulation"
  | "docx_too_large";

const STATUS: Record<DocxImportErrorId, number> = {
  not_docx: 415,
  unreadable_docx: 422,
  not_a_regulation: 422,
  docx_too_large: 413,
};

/**
 * A Word import that failed as a whole. Import is all or nothing: when this is thrown, no part
 * of the document has been produced. It is an `HttpError`, so a route can let it through.
 */
export class DocxImportError extends HttpError {
  constructor(
    override readonly id: DocxImportErrorId,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(STATUS[id], id, message);
    if (options?.cause !== undefined) this.cause = options.cause;
    this.name = "DocxImportError";
  }
}
