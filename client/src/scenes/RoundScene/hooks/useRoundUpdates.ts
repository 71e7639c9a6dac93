import { useEffect, useState } from "react";
import { roundEventsUrl } from "../../../api/index.ts";
import { changesRoundCounts, useEventStream } from "../../DocumentScene/hooks/useDocumentEvents.ts";

/** How often the page asks again if the round's event stream is refused. */
const POLL_MS = 20_000;

/**
 * Calls `onChange` whenever the round may have changed: on the round's own event stream, which
 * its participants may follow whether or not they have a role on the draft; should the server
 * refuse it, every little while and whenever the page becomes visible again. A change to one of
 * the round's top-level comments calls `onCounts` (its comments panel applies the change itself).
 */
export function useRoundUpdates(
  documentId: string,
  round: number,
  onChange: () => void,
  onCounts: () => void,
): void {
  const [polling, setPolling] = useState(false);
  useEventStream(roundEventsUrl(documentId, round), {
    comments: (change) => {
      if (changesRoundCounts(change)) onCounts();
    },
    rounds: onChange,
    reconnected: onChange,
    unavailable: () => setPolling(true),
  });
  useEffect(() => {
    if (!polling) return;
    const check = () => {
      if (document.visibilityState === "visible") onChange();
    };
    const timer = setInterval(check, POLL_MS);
    document.addEventListener("visibilitychange", check);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", check);
    };
  }, [polling, onChange]);
}
