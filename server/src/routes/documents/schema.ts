import { z } from "zod";
import { DocumentCreateSchema, DocumentIdSchema } from "../../../../shared/schemas/index.ts";

/** `POST /api/documents` body. */
export const CreateDocumentBody = DocumentCreateSchema;

/** `/api/documents/:documentId` params. */
export const DocumentParams = z.object({ documentId: DocumentIdSchema });
