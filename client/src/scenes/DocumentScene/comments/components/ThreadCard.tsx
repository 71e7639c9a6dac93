import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommentThread } from "../../../../../../shared/schemas/index.ts";
import { actionsFor, type CommentPermissions } from "../permissions.ts";
import type { RoundContext } from "../surface.ts";
import type { PassageRange } from "../threadOrder.ts";
import { AttachmentList } from "./AttachmentList.tsx";
import { CommentEntry } from "./CommentEntry.tsx";
import { DispositionTag } from "./DispositionTag.tsx";
import { OfficialAnswer } from "./OfficialAnswer.tsx";
import { RevisionsDisclosure } from "./RevisionsDisclosure.tsx";
import { ReplyList } from "./ReplyList.tsx";
import { SuggestedChange } from "./SuggestedChange.tsx";
import { SuggestionStatus } from "./SuggestionStatus.tsx";
import { type ThreadAction, ThreadActionForm } from "./ThreadActionForm.tsx";
import { ThreadPassage } from "./ThreadPassage.tsx";

interface ThreadCardProps {
  documentId: string;
  thread: CommentThread;
  /** Where the passage is now; null when it was deleted from the text. */
  range: PassageRange | null;
  /** The passage's live locator in a structured regulation, else null. */
  locator: string | null;
  active: boolean;
  may: CommentPermissions;
  /** The round the thread was made in; null for a comment on the live draft. */
  round: RoundContext | null;
  /** Show which round it was made in ("Round 1"). */
  showRound: boolean;
  onShowPassage: () => void;
  onDone: (message: string) => void;
  /** Loads the page of replies before those shown. */
  onEarlierReplies: () => Promise<void>;
}

/**
 * One thread: the passage (a button that selects it in the text), the comment with its author
 * and declared interests, a suggestion as a tracked change, position papers, the official
 * answer, the replies, and the forms for what this person may do.
 */
export function ThreadCard(props: ThreadCardProps) {
  const { documentId, thread, range, locator, active, may, round, onShowPassage, onDone } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const [open, setOpen] = useState<{ commentId: string; action: ThreadAction } | null>(null);
  const finish = (message: string) => {
    setOpen(null);
    onDone(message);
  };
  const formFor = (commentId: string) =>
    open?.commentId === commentId ? (
      <ThreadActionForm
        action={open.action}
        documentId={documentId}
        comment={
          commentId === thread.id
            ? thread
            : (thread.replies.find((r) => r.id === commentId) ?? thread)
        }
        onDone={finish}
        onCancel={() => setOpen(null)}
      />
    ) : null;
  const quote = thread.quote ?? "";

  return (
    <article
      className={`comment-thread${active ? " comment-thread--active" : ""}`}
      aria-labelledby={headingId}
      data-comment-id={thread.id}
      data-testid="comment-thread"
    >
      <h3 id={headingId} className="comment-thread__heading">
        {t(`comments.thread.heading.${thread.kind}`, { name: thread.author.name })}
      </h3>
      <p className="tags comment-thread__tags">
        {thread.answer ? (
          <DispositionTag disposition={thread.answer.disposition} />
        ) : (
          <span className="tag tag--yellow">{t("comments.status.open")}</span>
        )}
        {props.showRound && round && (
          <span className="tag tag--blue" data-testid="round-badge">
            {t("rounds.badge", { number: round.number })}
          </span>
        )}
        {range === null && (
          <span className="tag tag--grey">
            {round ? t("rounds.thread.notOnDraft") : t("comments.thread.removed")}
          </span>
        )}
      </p>
      <ThreadPassage
        quote={quote}
        locator={range ? locator : thread.locator}
        findable={range !== null}
        active={active}
        onShowPassage={onShowPassage}
        removed
      />
      <CommentEntry
        comment={thread}
        actions={actionsFor(thread, may, round)}
        onAction={(action) => setOpen({ commentId: thread.id, action })}
      />
      {thread.kind === "suggestion" &&
        thread.proposedText !== null &&
        thread.status === "visible" && (
          <SuggestedChange quote={quote} proposed={thread.proposedText}>
            <SuggestionStatus
              documentId={documentId}
              thread={thread}
              mayDecide={may.edit && round?.state !== "concluded"}
              onDecline={() => setOpen({ commentId: thread.id, action: "decline" })}
              onDone={onDone}
            />
          </SuggestedChange>
        )}
      <AttachmentList attachments={thread.attachments} />
      {(thread.editedAt || thread.answer?.editedAt) && (
        <RevisionsDisclosure documentId={documentId} commentId={thread.id} />
      )}
      {thread.answer && <OfficialAnswer answer={thread.answer} />}
      {round && round.state !== "open" && round.state !== "scheduled" && (
        <p className="comment-thread__closed">
          {round.state === "concluded" ? t("rounds.thread.concluded") : t("rounds.thread.closed")}
        </p>
      )}
      {formFor(thread.id)}
      <ReplyList
        replies={thread.replies}
        earlier={thread.replyCount - thread.replies.length}
        onEarlier={props.onEarlierReplies}
      >
        {(reply) => (
          <>
            <CommentEntry
              comment={reply}
              actions={actionsFor(reply, may, round)}
              onAction={(action) => setOpen({ commentId: reply.id, action })}
            />
            {reply.editedAt && <RevisionsDisclosure documentId={documentId} commentId={reply.id} />}
            {formFor(reply.id)}
          </>
        )}
      </ReplyList>
    </article>
  );
}
