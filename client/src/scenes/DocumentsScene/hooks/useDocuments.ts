import { useCallback, useEffect, useState } from "react";
import type { DocumentSummary } from "../../../../../shared/schemas/index.ts";
import { listDocuments } from "../../../api/index.ts";

/** The list of drafts as the documents screen shows it. */
export type DocumentsState =
  | { status: "loading" }
  | { status: "error" }
  | { status: "ready"; documents: DocumentSummary[] };

/** Loads every draft (newest first), with a retry and a way to show a just-created one. */
export function useDocuments(): {
  state: DocumentsState;
  reload: () => void;
  addCreated: (document: DocumentSummary) => void;
} {
  const [state, setState] = useState<DocumentsState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // `attempt` re-runs the effect when reload() is called.
    void attempt;
    const controller = new AbortController();
    setState({ status: "loading" });
    listDocuments(controller.signal).then(
      (documents) => setState({ status: "ready", documents }),
      () => {
        if (!controller.signal.aborted) setState({ status: "error" });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const addCreated = useCallback((document: DocumentSummary) => {
    setState((current) => ({
      status: "ready",
      documents: [
        document,
        ...(current.status === "ready" ? current.documents : []).filter(
          (existing) => existing.id !== document.id,
        ),
      ],
    }));
  }, []);

  return { state, reload, addCreated };
}
