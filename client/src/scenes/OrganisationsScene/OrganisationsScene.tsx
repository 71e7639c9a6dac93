import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Organisation } from "../../../../shared/schemas/index.ts";
import { listOrganisations } from "../../api/index.ts";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { OrganisationTags } from "../../components/OrganisationTags/OrganisationTags.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { useMe } from "../../hooks/useSession.ts";
import { CreateOrganisationForm } from "./components/CreateOrganisationForm.tsx";

/** Every organisation with its kind and verification, and a form to register one. */
export function OrganisationsScene() {
  const { t } = useTranslation();
  const me = useMe();
  const { resource, reload, set } = useResource((signal) => listOrganisations(signal), []);
  const [created, setCreated] = useState<Organisation | null>(null);
  usePageTitle(t("organisations.title"));
  const memberOf = new Set(me.organisations.map((organisation) => organisation.id));

  const handleCreated = (organisation: Organisation) => {
    setCreated(organisation);
    if (resource.status === "ready") set([...resource.data, organisation]);
    else reload();
  };

  return (
    <>
      <h1 className="heading-xl">{t("organisations.title")}</h1>
      <p className="lead">{t("organisations.intro")}</p>
      <div role="status" className="notification-region">
        {created && (
          <p className="notification">
            {t("organisations.create.created", { name: created.name })}{" "}
            <Link to={`/organisations/${created.id}`}>{t("organisations.create.open")}</Link>
          </p>
        )}
      </div>
      <CreateOrganisationForm onCreated={handleCreated} />
      <section aria-labelledby="organisations-list" aria-busy={resource.status === "loading"}>
        <h2 id="organisations-list" className="heading-l">
          {t("organisations.list.heading")}
        </h2>
        {resource.status === "loading" && (
          <p role="status" className="body muted">
            {t("organisations.list.loading")}
          </p>
        )}
        {resource.status !== "loading" && resource.status !== "ready" && (
          <LoadFailed message={t("organisations.list.failed")} onRetry={reload} />
        )}
        {resource.status === "ready" &&
          (resource.data.length === 0 ? (
            <p className="body muted">{t("organisations.list.empty")}</p>
          ) : (
            <ul className="document-list">
              {resource.data.map((organisation) => (
                <li key={organisation.id} className="document-list__item">
                  <Link className="document-list__link" to={`/organisations/${organisation.id}`}>
                    {organisation.name}
                  </Link>
                  <p className="document-list__meta">
                    <OrganisationTags organisation={organisation} />
                    {memberOf.has(organisation.id) && (
                      <span className="document-list__note">{t("organisations.list.member")}</span>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}
