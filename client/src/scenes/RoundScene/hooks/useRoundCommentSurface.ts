import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useCallback, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { can, type DocumentRole } from "../../../../../shared/permissions.ts";
import type { CommentThread, RoundView } from "../../../../../shared/schemas/index.ts";
import {
  getThread,
  listEarlierReplies,
  listRoundComments,
  roundEventsUrl,
} from "../../../api/index.ts";
import { formatInZone } from "../../../components/Rounds/roundTime.ts";
import { isAdministrator } from "../../../hooks/usePolicy.ts";
import type { Resource } from "../../../hooks/useResource.ts";
import { useMe } from "../../../hooks/useSession.ts";
import type { CommentPermissions } from "../../DocumentScene/comments/permissions.ts";
import { useThreadPages } from "../../DocumentScene/comments/hooks/useThreadPages.ts";
import type { CommentSurface, CommentTarget } from "../../DocumentScene/comments/surface.ts";
import { useEventStream } from "../../DocumentScene/hooks/useDocumentEvents.ts";
import type { PassageRange } from "../../DocumentScene/comments/threadOrder.ts";
import { passageLocator } from "../versionPassages.ts";
import { versionHighlightsKey } from "../versionHighlights.ts";

/** Where each thread's passage is in the version, from the offsets it was recorded with. */
function rangesOf(editor: Editor, threads: Resource<CommentThread[]>): Map<string, PassageRange> {
  const ranges = new Map<string, PassageRange>();
  if (threads.status !== "ready") return ranges;
  const locate = passageLocator(editor.state.doc);
  for (const thread of threads.data) {
    const range = thread.offsets && locate(thread.offsets);
    if (range) ranges.set(thread.id, range);
  }
  return ranges;
}

interface RoundCommentSurfaceProps {
  documentId: string;
  round: RoundView;
  editor: Editor;
  /** The person's role on the draft; null for a participant without one. */
  role: DocumentRole | null;
  /** Bumped by the page whenever the round's comments may have changed without news of which. */
  refresh: number;
  /** Something was done in the round here (a comment, an answer): its counts may have moved. */
  onChanged: () => void;
}

/**
 * The comments of one round on its frozen version: threads loaded from the round, passages
 * drawn from their offsets, new comments anchored by positions in the version, and whatever
 * the person may do in the round now (commenting only while it is open).
 */
export function useRoundCommentSurface(props: RoundCommentSurfaceProps): CommentSurface {
  const { documentId, round, editor, role, refresh, onChanged } = props;
  const { t, i18n } = useTranslation();
  const me = useMe();
  const {
    threads,
    reload: reloadThreads,
    paging: pages,
  } = useThreadPages(
    {
      page: (after, signal) => listRoundComments(documentId, round.number, after, signal),
      thread: (commentId) => getThread(documentId, commentId),
      earlierReplies: (threadId, before) => listEarlierReplies(documentId, threadId, before),
    },
    [documentId, round.number],
  );
  // The round's own stream tells of its comments only; the page follows it for the round itself.
  useEventStream(roundEventsUrl(documentId, round.number), { comments: pages.apply });
  useEffect(() => {
    if (refresh > 0) reloadThreads();
  }, [refresh, reloadThreads]);
  const reload = useCallback(() => {
    reloadThreads();
    onChanged();
  }, [reloadThreads, onChanged]);
  // An action on a thread here may move the round's counts too.
  const paging = useMemo(
    () => ({
      ...pages,
      refreshThread: (commentId: string, how?: "held" | "created" | "shown") => {
        onChanged();
        return pages.refreshThread(commentId, how);
      },
    }),
    [pages, onChanged],
  );

  // The version never changes, but the editor is new when the page is.
  const doc = useEditorState({ editor, selector: ({ editor: e }) => e.state.doc });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `doc` stands for the editor's text
  const ranges = useMemo(() => rangesOf(editor, threads), [editor, doc, threads]);
  useEffect(() => {
    if (!editor.isDestroyed)
      editor.view.dispatch(editor.state.tr.setMeta(versionHighlightsKey, ranges));
  }, [editor, ranges]);

  const may: CommentPermissions = useMemo(
    () => ({
      meId: me.id,
      comment: round.myAccess.canComment,
      respond: can(role, "document.respond"),
      edit: can(role, "document.edit"),
      moderate: isAdministrator(me),
    }),
    [me, role, round.myAccess.canComment],
  );
  const targetOfSelection = useCallback((): CommentTarget | null => {
    const { from, to, empty } = editor.state.selection;
    const quote = editor.state.doc.textBetween(from, to, "\n");
    if (empty || quote.trim() === "") return null;
    return { kind: "round", round: round.number, anchor: { from, to, quote } };
  }, [editor, round.number]);
  const idsAt = useCallback(
    (pos: number) =>
      [...ranges]
        .filter(([, range]) => range.from <= pos && pos <= range.to)
        .sort(([, a], [, b]) => a.to - a.from - (b.to - b.from))
        .map(([id]) => id),
    [ranges],
  );

  const at = (iso: string) => formatInZone(iso, round.timeZone, i18n.language);
  const closedNotice =
    round.state === "open"
      ? null
      : round.state === "scheduled"
        ? t("rounds.page.notOpenYet", { opens: at(round.opensAt) })
        : t("rounds.page.commentsClosed", { date: at(round.closedAt ?? round.closesAt) });

  return {
    documentId,
    editor,
    threads,
    reload,
    paging,
    ranges,
    may,
    targetOfSelection,
    idsAt,
    rounds: [{ versionId: round.version.id, number: round.number, state: round.state }],
    scope: "round",
    closedNotice,
  };
}
