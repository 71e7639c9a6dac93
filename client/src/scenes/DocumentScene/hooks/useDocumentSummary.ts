import { useCallback, useEffect, useRef, useState } from "react";
import type { DocumentSummary } from "../../../../../shared/schemas/index.ts";
import { ApiRequestError, getDocument } from "../../../api/index.ts";
import { rememberRole } from "../../../session/privateData.ts";

/**
 * The draft's title, existence and the person's role on it, as the server reports them.
 * `notFound` also covers drafts the person may not open (the server does not reveal them).
 * `unavailable` means the server could not be asked (offline): the draft can still be opened
 * from this device's copy.
 */
export type DocumentSummaryState =
  | { status: "loading" }
  | { status: "found"; document: DocumentSummary }
  | { status: "notFound" }
  | { status: "unavailable" };

async function load(documentId: string, signal?: AbortSignal): Promise<DocumentSummaryState> {
  try {
    return { status: "found", document: await getDocument(documentId, signal) };
  } catch (error) {
    if (signal?.aborted) throw error;
    const refused = error instanceof ApiRequestError && [403, 404].includes(error.status);
    return { status: refused ? "notFound" : "unavailable" };
  }
}

/**
 * Loads one draft's summary from the API and remembers the person's role on it for offline
 * visits. `recheck` asks again (after the server closed the live connection with 4403, or to
 * notice a role changed by an owner) and resolves with the answer; an unreachable server
 * leaves what is shown as it is.
 */
export function useDocumentSummary(
  documentId: string,
  userId: string,
): { summary: DocumentSummaryState; recheck: () => Promise<DocumentSummaryState> } {
  const [summary, setSummary] = useState<DocumentSummaryState>({ status: "loading" });
  const current = useRef({ documentId, userId });
  current.current = { documentId, userId };

  const apply = useCallback((next: DocumentSummaryState) => {
    if (next.status === "found") {
      rememberRole(current.current.userId, next.document.id, next.document.role);
    } else if (next.status === "notFound") {
      rememberRole(current.current.userId, current.current.documentId, null);
    }
    setSummary(next);
    return next;
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setSummary({ status: "loading" });
    load(documentId, controller.signal).then(apply, () => {});
    return () => controller.abort();
  }, [documentId, apply]);

  const recheck = useCallback(async () => apply(await load(current.current.documentId)), [apply]);
  return { summary, recheck };
}
