import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A thread's replies, oldest first, named by how many there are; nothing when there are none.
 * When only the latest are shown, a button above them loads the earlier ones a page at a time.
 */
export function ReplyList<R extends { id: string }>({
  replies,
  earlier = 0,
  onEarlier,
  children,
}: {
  replies: readonly R[];
  /** How many earlier replies are not shown yet. */
  earlier?: number;
  onEarlier?: () => Promise<void>;
  /** What stands for one reply inside its list item. */
  children: (reply: R) => ReactNode;
}) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  if (replies.length === 0) return null;
  const loadEarlier = () => {
    if (!onEarlier) return;
    setLoading(true);
    setFailed(false);
    onEarlier()
      .catch(() => setFailed(true))
      .finally(() => setLoading(false));
  };
  return (
    <>
      {earlier > 0 && onEarlier && (
        <p className="comment-replies__earlier">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={loadEarlier}
            disabled={loading}
            data-testid="earlier-replies"
          >
            {loading
              ? t("comments.more.loading")
              : t("comments.more.earlierReplies", { count: earlier })}
          </button>
          {failed && (
            <span role="alert" className="error-message">
              {t("comments.more.failed")}
            </span>
          )}
        </p>
      )}
      <ol
        className="comment-replies"
        aria-label={t("comments.thread.replies", { count: replies.length + earlier })}
      >
        {replies.map((reply) => (
          <li key={reply.id} className="comment-reply">
            {children(reply)}
          </li>
        ))}
      </ol>
    </>
  );
}
