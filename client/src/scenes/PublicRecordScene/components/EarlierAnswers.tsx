import { useTranslation } from "react-i18next";
import type { PublicAnswerRevision } from "../../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../../i18n/formatDate.ts";
import { CommentBody } from "../../DocumentScene/comments/components/CommentBody.tsx";

/**
 * The earlier wordings of a comment's official answer, oldest first, as its sealed record keeps
 * them: what was once answered stays readable after the answer is reworded. Nothing when none.
 */
export function EarlierAnswers({ revisions }: { revisions: PublicAnswerRevision[] }) {
  const { t, i18n } = useTranslation();
  if (revisions.length === 0) return null;
  return (
    <details className="comment-revisions" data-testid="earlier-answers">
      <summary>{t("comments.revisions.summary")}</summary>
      <ol className="comment-revisions__list">
        {revisions.map((revision) => (
          <li key={`${revision.writtenAt}-${revision.disposition}`}>
            <p className="comment-revisions__when">
              {t("comments.revisions.answerAt", {
                date: formatDateTime(revision.writtenAt, i18n.language),
                disposition: t(`comments.disposition.${revision.disposition}`),
              })}
            </p>
            {revision.explanation.trim() !== "" && <CommentBody text={revision.explanation} />}
          </li>
        ))}
      </ol>
    </details>
  );
}
