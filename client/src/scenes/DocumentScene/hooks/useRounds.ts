import type { RoundView } from "../../../../../shared/schemas/index.ts";
import { listRounds } from "../../../api/index.ts";
import { type Resource, useResource } from "../../../hooks/useResource.ts";
import { changesRoundCounts, useDocumentEvents } from "./useDocumentEvents.ts";

/**
 * The draft's consultation rounds, kept current: again whenever a round changes and whenever a
 * round's top-level comment does (the answered and unanswered counts move with every answer).
 */
export function useRounds(documentId: string): {
  rounds: Resource<RoundView[]>;
  reload: () => void;
} {
  const { resource, reload } = useResource(
    (signal) => listRounds(documentId, signal),
    [documentId],
  );
  useDocumentEvents(documentId, {
    rounds: reload,
    comments: (change) => {
      if (changesRoundCounts(change)) reload();
    },
    reconnected: reload,
  });
  return { rounds: resource, reload };
}
