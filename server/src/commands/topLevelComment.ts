import type { AnchoredPassage } from "../../../shared/editor/commentPassages.ts";
import type { CommentKind } from "../../../shared/schemas/index.ts";
import type { AuthorshipRecord, CommentRecord } from "../store/index.ts";

/**
 * A new, visible top-level comment on a passage, on the live draft (`versionId` null) or on a
 * round's version: a suggestion starts open, with its proposed text ("" when none was given).
 */
export function topLevelComment(props: {
  id: string;
  documentId: string;
  versionId: string | null;
  author: AuthorshipRecord;
  passage: AnchoredPassage;
  input: { kind: CommentKind; body: string; proposedText?: string | undefined };
  createdAt: Date;
  /** Whether a round's comment could be marked on the live draft; null for a live comment. */
  onDraft: boolean | null;
}): CommentRecord {
  const { passage, input } = props;
  const suggestion = input.kind === "suggestion";
  return {
    id: props.id,
    documentId: props.documentId,
    versionId: props.versionId,
    parentId: null,
    kind: input.kind,
    author: props.author,
    quote: passage.quote,
    offsets: passage.offsets,
    locator: passage.locator,
    body: input.body,
    proposedText: suggestion ? (input.proposedText ?? "") : null,
    createdAt: props.createdAt.toISOString(),
    editedAt: null,
    status: "visible",
    moderation: null,
    suggestionState: suggestion ? "open" : null,
    decision: null,
    onDraft: props.onDraft,
  };
}
