import { getPublicRecord } from "../../../api/public.ts";
import { useResource } from "../../../hooks/useResource.ts";

/** The consultation's public record, parsed for display and as published (for its seals). */
export function usePublicRecord(documentId: string) {
  return useResource((signal) => getPublicRecord(documentId, signal), [documentId]);
}
