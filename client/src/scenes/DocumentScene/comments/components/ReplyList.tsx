import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A thread's replies, oldest first, named by how many there are; nothing when there are none. */
export function ReplyList<R extends { id: string }>({
  replies,
  children,
}: {
  replies: readonly R[];
  /** What stands for one reply inside its list item. */
  children: (reply: R) => ReactNode;
}) {
  const { t } = useTranslation();
  if (replies.length === 0) return null;
  return (
    <ol
      className="comment-replies"
      aria-label={t("comments.thread.replies", { count: replies.length })}
    >
      {replies.map((reply) => (
        <li key={reply.id} className="comment-reply">
          {children(reply)}
        </li>
      ))}
    </ol>
  );
}
