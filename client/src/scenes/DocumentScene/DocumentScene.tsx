import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { DocumentNotFound } from "./components/DocumentNotFound.tsx";
import { LiveDocument } from "./components/LiveDocument.tsx";
import { useDocumentSummary } from "./hooks/useDocumentSummary.ts";

/**
 * One draft regulation, opened for live co-editing. If the server cannot be reached the draft
 * still opens from this device's copy, under a placeholder title.
 */
export function DocumentScene() {
  const { t } = useTranslation();
  const { documentId = "" } = useParams();
  const summary = useDocumentSummary(documentId);
  const title =
    summary.status === "found"
      ? summary.document.title
      : summary.status === "unavailable"
        ? t("document.titleUnavailable")
        : null;
  usePageTitle(title);

  if (summary.status === "notFound") return <DocumentNotFound />;

  return (
    <>
      <p className="back-link-wrapper">
        <Link to="/" className="back-link">
          {t("document.back")}
        </Link>
      </p>
      {title === null ? (
        <p role="status" className="body muted">
          {t("document.loading")}
        </p>
      ) : (
        <LiveDocument key={documentId} documentId={documentId} title={title} />
      )}
    </>
  );
}
