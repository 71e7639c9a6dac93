import { useTranslation } from "react-i18next";
import type { CommentView } from "../../../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../../../i18n/formatDate.ts";

/**
 * What stands in place of a hidden or erased comment, on the draft and in the public record: who
 * hid it, when and why — moderation is never silent. Administrators still see a hidden
 * comment's words, marked as hidden.
 */
export function Tombstone({ comment }: { comment: Pick<CommentView, "status" | "moderation"> }) {
  const { t, i18n } = useTranslation();
  const moderation = comment.moderation;
  return (
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
  );
}
