import { useEffect, useRef } from "react";
import {
  COMMENT_EVENT,
  type CommentChange,
  CommentChangeSchema,
  ROUND_EVENT,
} from "../../../../../shared/schemas/index.ts";
import { documentEventsUrl } from "../../../api/index.ts";

/** What a screen wants to hear from a draft's event stream. */
export interface DocumentEventHandlers {
  /** A comment changed (`event: comments`): the change, or `{ at }` alone (refetch). */
  comments?: (change: CommentChange) => void;
  /** A round opened, closed or was concluded, or a version was restored (`event: rounds`). */
  rounds?: () => void;
  /** The stream came back after a break: whatever happened meanwhile was missed. */
  reconnected?: () => void;
  /** The server refused the stream (no role on the draft): refresh some other way. */
  unavailable?: () => void;
}

interface Stream {
  source: EventSource;
  handlers: Set<{ current: DocumentEventHandlers }>;
}

/** The change an `event: comments` carries; `{ at }` alone (refetch) when it cannot be read. */
function changeOf(event: Event): CommentChange {
  try {
    const parsed = CommentChangeSchema.safeParse(JSON.parse(String((event as MessageEvent).data)));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: treated as news without details.
  }
  return { at: "" };
}

/**
 * Whether a change may move a round's counts (comments, answered, hidden): anything on a
 * round's top-level comment, or news without details. Replies and the live draft's don't.
 */
export function changesRoundCounts(change: CommentChange): boolean {
  const { comment } = change;
  return !comment || (comment.parentId === null && comment.context.kind === "version");
}

/** One stream per URL however many panels listen: browsers allow few connections per site. */
const streams = new Map<string, Stream>();

function open(url: string): Stream {
  const source = new EventSource(url);
  const stream: Stream = { source, handlers: new Set() };
  const each = (pick: (handlers: DocumentEventHandlers) => (() => void) | undefined) => () => {
    for (const ref of stream.handlers) pick(ref.current)?.();
  };
  // The first `open` follows the listeners' own first load; later ones follow a reconnection.
  let opened = false;
  source.addEventListener("open", () => {
    if (opened) each((h) => h.reconnected)();
    opened = true;
  });
  source.addEventListener(COMMENT_EVENT, (event) => {
    const change = changeOf(event);
    for (const ref of stream.handlers) ref.current.comments?.(change);
  });
  source.addEventListener(
    ROUND_EVENT,
    each((h) => h.rounds),
  );
  source.addEventListener("error", () => {
    // CLOSED means the server answered with an error: EventSource will not try again.
    if (source.readyState !== EventSource.CLOSED) return;
    if (streams.get(url) === stream) streams.delete(url);
    each((h) => h.unavailable)();
  });
  return stream;
}

/**
 * Listens to the draft's server-sent events (`GET /api/documents/:id/events`) while mounted,
 * sharing one connection between every listener on the page.
 */
export function useDocumentEvents(documentId: string, handlers: DocumentEventHandlers): void {
  useEventStream(documentEventsUrl(documentId), handlers);
}

/** Listens to the server-sent events at `url` while mounted, one connection per URL. */
export function useEventStream(url: string, handlers: DocumentEventHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let stream = streams.get(url);
    if (!stream) {
      stream = open(url);
      streams.set(url, stream);
    }
    const ref = latest;
    const current = stream;
    current.handlers.add(ref);
    return () => {
      current.handlers.delete(ref);
      if (current.handlers.size > 0) return;
      current.source.close();
      if (streams.get(url) === current) streams.delete(url);
    };
  }, [url]);
}
