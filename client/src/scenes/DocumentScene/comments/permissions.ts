import type { CommentView } from "../../../../../shared/schemas/index.ts";
import type { ThreadAction } from "./components/ThreadActionForm.tsx";

/** What the person may do with comments on this draft (the server enforces it all). */
export interface CommentPermissions {
  meId: string;
  /** Comment, suggest and reply (`document.comment`). */
  comment: boolean;
  /** Answer officially (`document.respond`). */
  respond: boolean;
  /** Accept or decline suggestions: they change the text (`document.edit`). */
  edit: boolean;
  /** Hide comments (administrators). */
  moderate: boolean;
}

/** The actions offered on one comment (top-level or reply) for these permissions. */
export function actionsFor(comment: CommentView, may: CommentPermissions): ThreadAction[] {
  if (comment.status !== "visible") return [];
  const topLevel = comment.parentId === null;
  const actions: ThreadAction[] = [];
  if (topLevel && may.comment) actions.push("reply");
  if (comment.author.id === may.meId) actions.push("edit");
  if (topLevel && may.respond) actions.push("answer");
  if (may.moderate) actions.push("moderate");
  return actions;
}
