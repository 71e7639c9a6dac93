import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../i18n/formatDate.ts";
import { AttachmentList } from "../../DocumentScene/comments/components/AttachmentList.tsx";
import { DispositionTag } from "../../DocumentScene/comments/components/DispositionTag.tsx";
import { OfficialAnswer } from "../../DocumentScene/comments/components/OfficialAnswer.tsx";
import { ReplyList } from "../../DocumentScene/comments/components/ReplyList.tsx";
import { SuggestedChange } from "../../DocumentScene/comments/components/SuggestedChange.tsx";
import { ThreadPassage } from "../../DocumentScene/comments/components/ThreadPassage.tsx";
import { type PublicThread, threadElementId } from "../publicThreads.ts";
import { EarlierAnswers } from "./EarlierAnswers.tsx";
import { PublicCommentEntry } from "./PublicCommentEntry.tsx";

interface PublicThreadCardProps {
  thread: PublicThread;
  /** The passage is highlighted in the version shown beside the threads. */
  highlighted: boolean;
  active: boolean;
  onShowPassage: () => void;
}

/**
 * One thread of the record: the passage (a button that finds it in the text), the comment with
 * its author, organisation and declared interests, a suggestion as a tracked change and what
 * became of it, position papers, the official answer with its disposition and earlier wordings —
 * or that none was given — and the replies.
 */
export function PublicThreadCard({
  thread,
  highlighted,
  active,
  onShowPassage,
}: PublicThreadCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { comment, replies } = thread;
  const quote = comment.anchor?.quote ?? "";
  const visible = comment.status === "visible";

  return (
    <article
      id={threadElementId(comment.id)}
      className={`comment-thread${active ? " comment-thread--active" : ""}`}
      aria-labelledby={headingId}
      data-testid="public-thread"
      tabIndex={-1}
    >
      <h4 id={headingId} className="comment-thread__heading">
        {t(`comments.thread.heading.${comment.kind}`, { name: comment.author.name })}
      </h4>
      <p className="tags comment-thread__tags">
        {comment.answer ? (
          <DispositionTag disposition={comment.answer.disposition} />
        ) : (
          visible && <span className="tag tag--yellow">{t("public.thread.unanswered")}</span>
        )}
        {!visible && <span className="tag tag--grey">{t("public.thread.hidden")}</span>}
      </p>
      {comment.anchor && (
        <ThreadPassage
          quote={quote}
          locator={comment.locator}
          findable={highlighted}
          active={active}
          onShowPassage={onShowPassage}
        />
      )}
      <PublicCommentEntry comment={comment} />
      {comment.kind === "suggestion" && comment.proposedText !== null && visible && (
        <SuggestedChange quote={quote} proposed={comment.proposedText}>
          {comment.suggestion && (
            <p className="suggestion-status">
              {t(`comments.suggestion.${comment.suggestion.state}By`, {
                name: comment.suggestion.by.name,
                date: formatDateTime(comment.suggestion.at, i18n.language),
              })}
              {comment.suggestion.reason && ` — ${comment.suggestion.reason}`}
            </p>
          )}
        </SuggestedChange>
      )}
      <AttachmentList attachments={comment.attachments} />
      {comment.answer && <OfficialAnswer answer={comment.answer} />}
      <EarlierAnswers revisions={comment.answerRevisions} />
      <ReplyList replies={replies}>{(reply) => <PublicCommentEntry comment={reply} />}</ReplyList>
    </article>
  );
}
