import { useTranslation } from "react-i18next";
import type { CommentView } from "../../../../../../shared/schemas/index.ts";
import { AuthorLine } from "./AuthorLine.tsx";
import { CommentBody } from "./CommentBody.tsx";
import type { ThreadAction } from "./ThreadActionForm.tsx";
import { Tombstone } from "./Tombstone.tsx";

interface CommentEntryProps {
  comment: CommentView;
  /** The actions this person may take on this comment, as buttons under it. */
  actions: readonly ThreadAction[];
  onAction: (action: ThreadAction) => void;
}

/**
 * One comment or reply: who wrote it, its words (or the tombstone of a hidden one — the words
 * stay visible to administrators, marked as hidden) and what may be done with it.
 */
export function CommentEntry({ comment, actions, onAction }: CommentEntryProps) {
  const { t } = useTranslation();
  const visible = comment.status === "visible";
  return (
    <div className="comment-entry">
      <AuthorLine author={comment.author} at={comment.createdAt} editedAt={comment.editedAt} />
      {visible && comment.body !== null ? (
        <CommentBody text={comment.body} />
      ) : (
        <>
          <Tombstone comment={comment} />
          {comment.body !== null && (
            <details className="comment-hidden-text">
              <summary>{t("comments.tombstone.showHidden")}</summary>
              <CommentBody text={comment.body} />
            </details>
          )}
        </>
      )}
      {actions.length > 0 && (
        <ul className="comment-actions">
          {actions.map((action) => (
            <li key={action}>
              <button type="button" className="link-button" onClick={() => onAction(action)}>
                {t(`comments.actions.${action}`)}
                {action !== "reply" && action !== "answer" && (
                  <span className="visually-hidden">
                    {" "}
                    {t("comments.actions.ofAuthor", { name: comment.author.name })}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
