import { z } from "zod";

/** A closed round whose stored record no longer matched its last seal; its document is frozen. */
export const IntegrityAlertSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  roundNumber: z.number().int(),
  /** What did not match (which seal, which hash). */
  detail: z.string(),
  detectedAt: z.string(),
});
export type IntegrityAlertView = z.infer<typeof IntegrityAlertSchema>;

/** `GET /api/admin/integrity-alerts`: the unresolved alerts, oldest first. */
export const IntegrityAlertListSchema = z.object({ alerts: z.array(IntegrityAlertSchema) });
