import { z } from "zod";
import { DocumentIdSchema } from "../../../../shared/schemas/index.ts";

/** `/api/public/consultations/:documentId/…`. */
export const ConsultationParams = z.object({ documentId: DocumentIdSchema });

/** `…/rounds/:number/dim`. */
export const PublicRoundParams = ConsultationParams.extend({
  number: z.coerce.number().int().min(1).max(1_000_000),
});

/** `…/attachments/:attachmentId`. */
export const PublicAttachmentParams = ConsultationParams.extend({
  attachmentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id"),
});
