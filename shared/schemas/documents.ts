import { z } from "zod";
import { DOCUMENT_ROLES } from "../permissions.ts";

/** A document id as the server issues it: URL-safe, 1–64 characters. */
export const DocumentIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1–64 letters, digits, '-' or '_'");

/** How a document's text is shaped: free paragraphs, or the structured form of a regulation. */
export const DOCUMENT_FORMS = ["free", "regulation"] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

/** Starting skeletons for a structured draft (their content is Indonesian whatever the UI language). */
export const REGULATION_TEMPLATES = ["perda", "permen", "pp", "uu"] as const;
export type RegulationTemplate = (typeof REGULATION_TEMPLATES)[number];

/** Body of `POST /api/documents`. */
export const DocumentCreateSchema = z.strictObject({
  /** With a template the draft is a structured regulation seeded with its skeleton. */
  template: z.enum(REGULATION_TEMPLATES).optional(),
  title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
});
export type DocumentCreate = z.infer<typeof DocumentCreateSchema>;

/** A document as listed by `GET /api/documents` and returned by `GET /api/documents/:id`. */
export const DocumentSummarySchema = z.object({
  id: DocumentIdSchema,
  title: z.string(),
  createdAt: z.string(),
  form: z.enum(DOCUMENT_FORMS),
  /** The caller's role on the document; null for an administrator without one. */
  role: z.enum(DOCUMENT_ROLES).nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** Response of `GET /api/documents`. */
export const DocumentListSchema = z.object({
  documents: z.array(DocumentSummarySchema),
});
export type DocumentList = z.infer<typeof DocumentListSchema>;
