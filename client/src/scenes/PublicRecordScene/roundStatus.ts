import type { ConsultationStatus, RoundRecord } from "../../../../shared/schemas/index.ts";

/**
 * Where a published round stands at `now` (the record's `generatedAt`): concluded once the
 * drafters published the conclusion, closed once it was closed or its closing time passed,
 * otherwise open.
 */
export function roundStatus(round: RoundRecord, now: string): ConsultationStatus {
  if (round.concludedAt) return "concluded";
  if (round.closedAt || Date.parse(round.closesAt) <= Date.parse(now)) return "closed";
  return "open";
}
