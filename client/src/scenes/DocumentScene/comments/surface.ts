import type { Editor } from "@tiptap/core";
import type {
  CommentThread,
  PassageAnchor,
  RoundState,
  VersionAnchor,
} from "../../../../../shared/schemas/index.ts";
import type { Resource } from "../../../hooks/useResource.ts";
import type { ThreadPaging } from "./hooks/useThreadPages.ts";
import type { CommentPermissions } from "./permissions.ts";
import type { PassageRange } from "./threadOrder.ts";

/**
 * Where a new comment goes: a passage of the live draft (Yjs relative positions), or a passage
 * of a round's frozen version (ProseMirror positions in that version). Both carry the quote.
 */
export type CommentTarget =
  | { kind: "draft"; anchor: PassageAnchor }
  | { kind: "round"; round: number; anchor: VersionAnchor };

/** A consultation round as threads refer to it (by its version's id). */
export interface RoundContext {
  versionId: string;
  number: number;
  state: RoundState;
}

/**
 * Text that comments are made on and shown beside — the live draft, or a round's frozen
 * version — with everything the comments panel needs to know about it. One panel serves both.
 */
export interface CommentSurface {
  documentId: string;
  editor: Editor;
  /** The threads loaded so far (the list comes a page at a time). */
  threads: Resource<CommentThread[]>;
  reload: () => void;
  /** More threads and earlier replies on demand; one thread read afresh after a change. */
  paging: ThreadPaging;
  /** Where each thread's passage is in the editor's text now. */
  ranges: ReadonlyMap<string, PassageRange>;
  may: CommentPermissions;
  /** The selected passage as a new comment would be anchored; null when nothing is selected. */
  targetOfSelection: () => CommentTarget | null;
  /** Ids of the comments whose passage covers `pos`, innermost first. */
  idsAt: (pos: number) => string[];
  /** The draft's consultation rounds, to badge and filter the threads made in them. */
  rounds: readonly RoundContext[];
  /** "draft" beside the live text (threads of every context); "round" on one round's page. */
  scope: "draft" | "round";
  /** Why nobody can start a comment here now (e.g. the round closed); null when they can. */
  closedNotice: string | null;
}

/** The round a thread was made in; null for a comment on the live draft. */
export function roundOfThread(
  thread: Pick<CommentThread, "context">,
  rounds: readonly RoundContext[],
): RoundContext | null {
  const context = thread.context;
  if (context.kind !== "version") return null;
  return rounds.find((round) => round.versionId === context.versionId) ?? null;
}
