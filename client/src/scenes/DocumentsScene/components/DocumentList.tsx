import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DocumentSummary } from "../../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../../i18n/formatDate.ts";

interface DocumentListProps {
  documents: DocumentSummary[];
}

/**
 * The drafts, newest first, each with its title (a link to open it), the person's role on it
 * and when it was created.
 */
export function DocumentList({ documents }: DocumentListProps) {
  const { t, i18n } = useTranslation();
  if (documents.length === 0) {
    return <p className="body muted">{t("documents.list.empty")}</p>;
  }
  return (
    <ul className="document-list">
      {documents.map((document) => (
        <li key={document.id} className="document-list__item">
          <Link className="document-list__link" to={`/documents/${document.id}`}>
            {document.title}
          </Link>
          <p className="document-list__meta">
            <span className="tag tag--grey">
              {document.role
                ? t("documents.list.role", { role: t(`roles.${document.role}.name`) })
                : t("documents.list.noRole")}
            </span>{" "}
            {t("documents.list.created", {
              date: formatDateTime(document.createdAt, i18n.language),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
