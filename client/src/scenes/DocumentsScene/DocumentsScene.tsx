import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DocumentSummary } from "../../../../shared/schemas/index.ts";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { usePolicy } from "../../hooks/usePolicy.ts";
import { CreateDocumentForm } from "./components/CreateDocumentForm.tsx";
import { DocumentList } from "./components/DocumentList.tsx";
import { ImportWordForm } from "./components/ImportWordForm.tsx";
import { OpenRoundsList } from "./components/OpenRoundsList.tsx";
import { useDocuments } from "./hooks/useDocuments.ts";

/**
 * The home screen: consultations open to this person, the drafts they have a role on, and — for
 * members of a verified government organisation and administrators — a form to start a new one.
 */
export function DocumentsScene() {
  const { t } = useTranslation();
  const { state, reload, addCreated } = useDocuments();
  const [created, setCreated] = useState<DocumentSummary | null>(null);
  const { mayCreateDocuments } = usePolicy();
  usePageTitle(t("documents.title"));

  const handleCreated = (document: DocumentSummary) => {
    addCreated(document);
    setCreated(document);
  };

  return (
    <>
      <h1 className="heading-xl">{t("documents.title")}</h1>
      <p className="lead">{t("documents.intro")}</p>
      <div role="status" className="notification-region">
        {created && (
          <p className="notification">
            {t("documents.create.created", { title: created.title })}{" "}
            <Link to={`/documents/${created.id}`}>{t("documents.create.open")}</Link>
          </p>
        )}
      </div>
      {mayCreateDocuments ? (
        <>
          <CreateDocumentForm onCreated={handleCreated} />
          <ImportWordForm />
        </>
      ) : (
        <div className="inset-text">
          <p>{t("documents.create.notAllowed")}</p>
          <p>
            <Link to="/organisations">{t("documents.create.organisationsLink")}</Link>
          </p>
        </div>
      )}
      <OpenRoundsList />
      <section aria-labelledby="documents-list-heading" aria-busy={state.status === "loading"}>
        <h2 id="documents-list-heading" className="heading-l">
          {t("documents.list.heading")}
        </h2>
        {state.status === "loading" && (
          <p role="status" className="body muted">
            {t("documents.list.loading")}
          </p>
        )}
        {state.status === "error" && (
          <div role="alert" className="error-panel">
            <p>{t("documents.list.failed")}</p>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t("documents.list.retry")}
            </button>
          </div>
        )}
        {state.status === "ready" && <DocumentList documents={state.documents} />}
      </section>
    </>
  );
}
