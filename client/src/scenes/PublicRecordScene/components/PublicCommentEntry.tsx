import { useTranslation } from "react-i18next";
import type { PublicComment } from "../../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../../i18n/formatDate.ts";
import { AuthorLine } from "../../DocumentScene/comments/components/AuthorLine.tsx";
import { CommentBody } from "../../DocumentScene/comments/components/CommentBody.tsx";

/**
 * One comment or reply of the public record: who wrote it (organisation, declared interests,
 * when), then its words — or, for a hidden or erased one, the tombstone saying who hid it, when
 * and why. Moderation is never silent, and the author stays on record.
 */
export function PublicCommentEntry({ comment }: { comment: PublicComment }) {
  const { t, i18n } = useTranslation();
  const moderation = comment.moderation;
  return (
    <div className="comment-entry">
      <AuthorLine author={comment.author} at={comment.createdAt} editedAt={comment.editedAt} />
      {comment.status === "visible" && comment.body !== null ? (
        <CommentBody text={comment.body} />
      ) : (
        <div className="comment-tombstone" data-testid="tombstone">
          <p>
            {moderation
              ? t(`comments.tombstone.${comment.status === "erased" ? "erased" : "hidden"}`, {
                  moderator: moderation.moderator.name,
                  date: formatDateTime(moderation.at, i18n.language),
                  reason: t(`comments.moderation.reason.${moderation.reason}`),
                })
              : t("comments.tombstone.hiddenUnknown")}
          </p>
          {moderation?.note && <p className="comment-tombstone__note">{moderation.note}</p>}
        </div>
      )}
    </div>
  );
}
