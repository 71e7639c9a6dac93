import { useEffect, useState } from "react";
import type { DocumentSummary } from "../../../../../shared/schemas/index.ts";
import { ApiRequestError, getDocument } from "../../../api/index.ts";

/**
 * The draft's title and existence as the server reports them. `unavailable` means the server
 * could not be asked (offline): the draft can still be edited from this device's copy.
 */
export type DocumentSummaryState =
  | { status: "loading" }
  | { status: "found"; document: DocumentSummary }
  | { status: "notFound" }
  | { status: "unavailable" };

/** Loads one draft's summary from the API. */
export function useDocumentSummary(documentId: string): DocumentSummaryState {
  const [state, setState] = useState<DocumentSummaryState>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    getDocument(documentId, controller.signal).then(
      (document) => setState({ status: "found", document }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const notFound = error instanceof ApiRequestError && error.status === 404;
        setState({ status: notFound ? "notFound" : "unavailable" });
      },
    );
    return () => controller.abort();
  }, [documentId]);

  return state;
}
