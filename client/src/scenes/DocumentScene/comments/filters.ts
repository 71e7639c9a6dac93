import type { CommentKind, CommentThread } from "../../../../../shared/schemas/index.ts";

/** Which threads the panel shows. */
export interface ThreadFilter {
  status: "all" | "open" | "answered";
  /** An organisation's id, `individual` for people speaking for themselves, or `all`. */
  organisation: string;
  kind: "all" | CommentKind;
  /** Where they were made: `all`, `draft` (the live draft), or a round's version id. */
  context: string;
}

export const ALL_THREADS: ThreadFilter = {
  status: "all",
  organisation: "all",
  kind: "all",
  context: "all",
};

/** Value of the organisation filter for people who speak for no organisation. */
export const INDIVIDUAL = "individual";

/** Value of the context filter for comments made on the live draft. */
export const LIVE_DRAFT = "draft";

/** True when the thread passes the filter. */
export function matchesFilter(thread: CommentThread, filter: ThreadFilter): boolean {
  if (filter.status === "open" && thread.answer !== null) return false;
  if (filter.status === "answered" && thread.answer === null) return false;
  if (filter.kind !== "all" && thread.kind !== filter.kind) return false;
  if (filter.organisation !== "all") {
    const id = thread.author.organisation?.id ?? INDIVIDUAL;
    if (id !== filter.organisation) return false;
  }
  if (filter.context !== "all") {
    const context = thread.context.kind === "version" ? thread.context.versionId : LIVE_DRAFT;
    if (context !== filter.context) return false;
  }
  return true;
}

/** The organisations that commented, once each, by name. */
export function organisationsOf(threads: readonly CommentThread[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const thread of threads) {
    const organisation = thread.author.organisation;
    if (organisation) byId.set(organisation.id, organisation.name);
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
