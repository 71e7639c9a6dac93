import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { can, type DocumentRole } from "../../../../../shared/permissions.ts";
import type { VersionView } from "../../../../../shared/schemas/index.ts";
import { listVersions } from "../../../api/index.ts";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import { useResource } from "../../../hooks/useResource.ts";
import { formatDateTime } from "../../../i18n/formatDate.ts";
import { WordActions } from "../components/WordActions.tsx";
import { useDocumentEvents } from "../hooks/useDocumentEvents.ts";
import { CompareLinks } from "./CompareLinks.tsx";
import { RestoreVersionDialog } from "./RestoreVersionDialog.tsx";

interface VersionsPanelProps {
  documentId: string;
  role: DocumentRole | null;
}

/**
 * The frozen versions of the draft, newest first — number, title, summary of changes, who
 * froze it and when — with links to read each, to compare it with the one before or with the
 * live draft, to download a regulation's version as Word or print it, and for drafters who may
 * edit, to make the live draft read as it again.
 */
export function VersionsPanel({ documentId, role }: VersionsPanelProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { resource, reload } = useResource(
    (signal) => listVersions(documentId, signal),
    [documentId],
  );
  useDocumentEvents(documentId, { rounds: reload, reconnected: reload });
  const [restoring, setRestoring] = useState<VersionView | null>(null);
  const [message, setMessage] = useState("");
  const mayRestore = can(role, "document.consult") && can(role, "document.edit");
  const mayCompareLive = can(role, "document.edit");
  const base = `/documents/${documentId}`;

  return (
    <section aria-labelledby={headingId} className="versions">
      <h2 id={headingId} className="heading-l">
        {t("versions.heading")}
      </h2>
      <p className="body">{t("versions.intro")}</p>
      <div role="status" className="notification-region">
        {message && <p className="notification">{message}</p>}
      </div>
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("versions.loading")}
        </p>
      )}
      {resource.status !== "loading" && resource.status !== "ready" && (
        <LoadFailed message={t("versions.loadFailed")} onRetry={reload} />
      )}
      {resource.status === "ready" && resource.data.length === 0 && (
        <p className="body muted">{t("versions.empty")}</p>
      )}
      {resource.status === "ready" && resource.data.length > 0 && (
        <ol className="version-list">
          {[...resource.data].reverse().map((version) => (
            <li key={version.id} className="version-list__item" data-testid="version">
              <h3 className="heading-m version-list__title">
                {t("versions.title", { number: version.number, title: version.title })}
              </h3>
              <p className="version-list__meta">
                {t("versions.frozenBy", {
                  name: version.author.name,
                  organisation:
                    version.author.organisation?.name ?? t("comments.author.individual"),
                  date: formatDateTime(version.createdAt, i18n.language),
                })}
              </p>
              <p className="round-text version-list__summary">{version.summary}</p>
              <ul className="version-list__links">
                <li>
                  <Link to={`${base}/versions/${version.number}`}>
                    {t("versions.read", { number: version.number })}
                  </Link>
                </li>
                <CompareLinks base={base} number={version.number} mayCompareLive={mayCompareLive} />
                {mayRestore && (
                  <li>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setRestoring(version)}
                    >
                      {t("versions.restore.button", { number: version.number })}
                    </button>
                  </li>
                )}
              </ul>
              {version.form === "regulation" && (
                <WordActions documentId={documentId} version={version.number} />
              )}
            </li>
          ))}
        </ol>
      )}
      <RestoreVersionDialog
        documentId={documentId}
        version={restoring}
        onClose={() => setRestoring(null)}
        onRestored={(text) => {
          setRestoring(null);
          setMessage(text);
        }}
      />
    </section>
  );
}
