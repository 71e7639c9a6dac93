import { type DependencyList, useCallback, useEffect, useRef, useState } from "react";
import { isApiError } from "../api/index.ts";

/** Something loaded from the API, as a screen shows it. */
export type Resource<T> =
  | { status: "loading" }
  | { status: "notFound" }
  | { status: "forbidden" }
  | { status: "error" }
  | { status: "ready"; data: T };

/**
 * Loads one thing from the API when `deps` change, with a retry (`reload`) and a way to replace
 * it after a change (`set`). Aborts the request when the screen goes away. 404 and 403 get their
 * own states, so screens can say "not found" or "not allowed" instead of "try again".
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): { resource: Resource<T>; reload: () => void; set: (data: T) => void } {
  const [resource, setResource] = useState<Resource<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const lastAttempt = useRef(attempt);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` are the caller's; `attempt` re-runs it
  useEffect(() => {
    const controller = new AbortController();
    // A reload keeps showing what is there until the new answer arrives; new deps start over.
    const isReload = lastAttempt.current !== attempt;
    lastAttempt.current = attempt;
    if (!isReload) setResource({ status: "loading" });
    load(controller.signal).then(
      (data) => setResource({ status: "ready", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiError(error, 404)) setResource({ status: "notFound" });
        else if (isApiError(error, 403)) setResource({ status: "forbidden" });
        else setResource({ status: "error" });
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const set = useCallback((data: T) => setResource({ status: "ready", data }), []);
  return { resource, reload, set };
}
