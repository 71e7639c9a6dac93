import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Authorship } from "../../../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../../../i18n/formatDate.ts";

interface AuthorLineProps {
  author: Authorship;
  at: string;
  editedAt: string | null;
}

/**
 * Who wrote it, for which organisation, what they declared of their interests (conflicts of
 * interest stay visible as declared at the time), when, and whether it was reworded.
 */
export function AuthorLine({ author, at, editedAt }: AuthorLineProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="comment-author">
      <p className="comment-author__name">
        <strong>
          <Link
            to={`/people/${author.id}`}
            aria-label={t("person.profileOf", { name: author.name })}
          >
            {author.name}
          </Link>
        </strong>
        {author.organisation ? (
          <span className="comment-author__organisation">
            {" · "}
            {author.organisation.name}
          </span>
        ) : (
          <span className="comment-author__organisation"> · {t("comments.author.individual")}</span>
        )}
      </p>
      <p className="comment-author__interests">
        {author.interests.trim()
          ? t("comments.author.interests", { interests: author.interests })
          : t("comments.author.noInterests")}
      </p>
      <p className="comment-author__time">
        <time dateTime={at}>{formatDateTime(at, i18n.language)}</time>
        {editedAt && (
          <>
            {" · "}
            <span title={formatDateTime(editedAt, i18n.language)}>{t("comments.edited")}</span>
          </>
        )}
      </p>
    </div>
  );
}
