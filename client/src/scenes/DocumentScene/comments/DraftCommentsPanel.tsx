import type { Editor } from "@tiptap/core";
import { useCallback, useMemo } from "react";
import { can, type DocumentRole } from "../../../../../shared/permissions.ts";
import type { RoundView } from "../../../../../shared/schemas/index.ts";
import { isAdministrator } from "../../../hooks/usePolicy.ts";
import { useMe } from "../../../hooks/useSession.ts";
import { anchorOfSelection } from "./commentAnchor.ts";
import { CommentsPanel } from "./CommentsPanel.tsx";
import { useCommentRanges } from "./hooks/useCommentRanges.ts";
import { useCommentThreads } from "./hooks/useCommentThreads.ts";
import type { CommentPermissions } from "./permissions.ts";
import type { CommentSurface, CommentTarget, RoundContext } from "./surface.ts";
import { commentsAt } from "./threadOrder.ts";

interface DraftCommentsPanelProps {
  documentId: string;
  editor: Editor;
  role: DocumentRole | null;
  /** The draft's rounds: their comments are marked on the live text too, badged by round. */
  rounds: readonly RoundView[];
}

/**
 * The comments beside the live draft: every thread of the draft — those made on it and those
 * made in its consultation rounds, wherever their passage still stands in the live text.
 */
export function DraftCommentsPanel({ documentId, editor, role, rounds }: DraftCommentsPanelProps) {
  const me = useMe();
  const may: CommentPermissions = useMemo(
    () => ({
      meId: me.id,
      comment: can(role, "document.comment"),
      respond: can(role, "document.respond"),
      edit: can(role, "document.edit"),
      moderate: isAdministrator(me),
    }),
    [me, role],
  );
  const { threads, reload, paging } = useCommentThreads(documentId);
  const ranges = useCommentRanges(editor);
  const targetOfSelection = useCallback((): CommentTarget | null => {
    const anchor = anchorOfSelection(editor.state);
    return anchor && { kind: "draft", anchor };
  }, [editor]);
  const idsAt = useCallback((pos: number) => commentsAt(editor.state.doc, pos), [editor]);
  const roundContexts: RoundContext[] = useMemo(
    () => rounds.map((r) => ({ versionId: r.version.id, number: r.number, state: r.state })),
    [rounds],
  );
  const surface: CommentSurface = {
    documentId,
    editor,
    threads,
    reload,
    paging,
    ranges,
    may,
    targetOfSelection,
    idsAt,
    rounds: roundContexts,
    scope: "draft",
    closedNotice: null,
  };
  return <CommentsPanel surface={surface} />;
}
