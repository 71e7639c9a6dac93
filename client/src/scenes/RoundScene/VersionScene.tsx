import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { can, type DocumentRole } from "../../../../shared/permissions.ts";
import type { VersionDetail } from "../../../../shared/schemas/index.ts";
import { getDocument, getVersion } from "../../api/index.ts";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { formatDateTime } from "../../i18n/formatDate.ts";
import { WordActions } from "../DocumentScene/components/WordActions.tsx";
import { CompareLinks } from "../DocumentScene/consultation/CompareLinks.tsx";
import { RestoreVersionDialog } from "../DocumentScene/consultation/RestoreVersionDialog.tsx";
import { VersionText } from "./components/VersionText.tsx";

/**
 * One frozen version of a draft, read-only: its title, summary of changes, who froze it and
 * when, its text, links to compare it, a regulation's Word download and print page, and for
 * drafters who may edit, restoring it.
 */
export function VersionScene() {
  const { documentId = "", number = "" } = useParams();
  const { t } = useTranslation();
  const { resource, reload } = useResource(
    (signal) => getVersion(documentId, Number(number), signal),
    [documentId, number],
  );
  const { resource: summary } = useResource(
    (signal) => getDocument(documentId, signal).catch(() => null),
    [documentId],
  );
  const role: DocumentRole | null =
    summary.status === "ready" ? (summary.data?.role ?? null) : null;
  const version = resource.status === "ready" ? resource.data : null;
  usePageTitle(version ? t("versions.title", { number, title: version.title }) : null);

  return (
    <>
      <p className="back-link-wrapper">
        <Link
          to={
            summary.status === "ready" && summary.data
              ? `/documents/${documentId}?view=versions`
              : "/"
          }
          className="back-link"
        >
          {summary.status === "ready" && summary.data ? t("versions.back") : t("document.back")}
        </Link>
      </p>
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("versions.loadingOne")}
        </p>
      )}
      {(resource.status === "notFound" || resource.status === "forbidden") && (
        <h1 className="heading-xl">{t("versions.notFound")}</h1>
      )}
      {resource.status === "error" && (
        <LoadFailed message={t("versions.loadFailed")} onRetry={reload} />
      )}
      {version && <VersionPage documentId={documentId} version={version} role={role} />}
    </>
  );
}

function VersionPage(props: {
  documentId: string;
  version: VersionDetail;
  role: DocumentRole | null;
}) {
  const { documentId, version, role } = props;
  const { t, i18n } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const [message, setMessage] = useState("");
  const base = `/documents/${documentId}`;
  return (
    <>
      <p className="caption">{t("versions.caption", { number: version.number })}</p>
      <h1 className="heading-xl">{version.title}</h1>
      <p className="version-list__meta">
        {t("versions.frozenBy", {
          name: version.author.name,
          organisation: version.author.organisation?.name ?? t("comments.author.individual"),
          date: formatDateTime(version.createdAt, i18n.language),
        })}
      </p>
      <details className="round-summary" open>
        <summary>{t("rounds.summaryOfChanges")}</summary>
        <p className="round-text">{version.summary}</p>
      </details>
      <div role="status" className="notification-region">
        {message && <p className="notification">{message}</p>}
      </div>
      <ul className="version-list__links">
        <li>
          <Link to={`${base}/rounds/${version.number}`}>
            {t("versions.roundLink", { number: version.number })}
          </Link>
        </li>
        <CompareLinks
          base={base}
          number={version.number}
          mayCompareLive={can(role, "document.edit")}
        />
        {can(role, "document.consult") && can(role, "document.edit") && (
          <li>
            <button type="button" className="link-button" onClick={() => setRestoring(true)}>
              {t("versions.restore.button", { number: version.number })}
            </button>
          </li>
        )}
      </ul>
      {version.form === "regulation" && (
        <WordActions documentId={documentId} version={version.number} />
      )}
      <VersionText
        content={version.content}
        form={version.form}
        label={t("versions.textLabel", { number: version.number })}
      />
      <RestoreVersionDialog
        documentId={documentId}
        version={restoring ? version : null}
        onClose={() => setRestoring(false)}
        onRestored={(text) => {
          setRestoring(false);
          setMessage(text);
        }}
      />
    </>
  );
}
