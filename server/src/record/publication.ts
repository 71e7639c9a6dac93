import type { ConsultationStatus } from "../../../shared/schemas/index.ts";
import type { RoundRecord as StoredRound } from "../store/index.ts";

/**
 * Whether the public may see a round: once it has opened. A scheduled round (and its version)
 * stays unpublished, whatever else is stored about it.
 */
export function isPublished(round: Pick<StoredRound, "opensAt">, now: Date): boolean {
  return Date.parse(round.opensAt) <= now.getTime();
}

/** Where a published round stands for the public. */
export function publicStatus(
  round: Pick<StoredRound, "closesAt" | "closedAt" | "concludedAt">,
  now: Date,
): ConsultationStatus {
  if (round.concludedAt) return "concluded";
  if (round.closedAt || Date.parse(round.closesAt) <= now.getTime()) return "closed";
  return "open";
}
