import type { CommentView } from "../../../../../shared/schemas/index.ts";
import type { ThreadAction } from "./components/ThreadActionForm.tsx";
import type { RoundContext } from "./surface.ts";

/** What the person may do with comments on this draft (the server enforces it all). */
export interface CommentPermissions {
  meId: string;
  /** Comment, suggest and reply (`document.comment`, or `round.comment` in a round). */
  comment: boolean;
  /** Answer officially (`document.respond`). */
  respond: boolean;
  /** Accept or decline suggestions: they change the text (`document.edit`). */
  edit: boolean;
  /** Hide comments (administrators). */
  moderate: boolean;
}

/**
 * The actions offered on one comment (top-level or reply) for these permissions. In a round,
 * words (replies, rewording) are taken only while it is open, answers until it is concluded.
 */
export function actionsFor(
  comment: CommentView,
  may: CommentPermissions,
  round: RoundContext | null = null,
): ThreadAction[] {
  if (comment.status !== "visible") return [];
  const topLevel = comment.parentId === null;
  const takesWords = round === null || round.state === "open";
  const takesAnswers = round === null || round.state !== "concluded";
  const actions: ThreadAction[] = [];
  if (topLevel && may.comment && takesWords) actions.push("reply");
  if (comment.author.id === may.meId && takesWords) actions.push("edit");
  if (topLevel && may.respond && takesAnswers) actions.push("answer");
  if (may.moderate) actions.push("moderate");
  return actions;
}
