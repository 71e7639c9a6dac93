import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { getOrganisation } from "../../api/index.ts";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { OrganisationTags } from "../../components/OrganisationTags/OrganisationTags.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";

/** One organisation: its kind, whether it is verified, and its members with their affiliation. */
export function OrganisationScene() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const { resource, reload } = useResource(
    (signal) => getOrganisation(organisationId, signal),
    [organisationId],
  );
  usePageTitle(
    resource.status === "ready"
      ? resource.data.name
      : resource.status === "notFound"
        ? t("organisation.notFound")
        : null,
  );

  return (
    <>
      <p className="back-link-wrapper">
        <Link to="/organisations" className="back-link">
          {t("organisation.back")}
        </Link>
      </p>
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("organisation.loading")}
        </p>
      )}
      {resource.status === "notFound" && (
        <h1 className="heading-xl">{t("organisation.notFound")}</h1>
      )}
      {(resource.status === "error" || resource.status === "forbidden") && (
        <LoadFailed message={t("organisation.failed")} onRetry={reload} />
      )}
      {resource.status === "ready" && (
        <>
          <span className="caption">{t("organisation.caption")}</span>
          <h1 className="heading-xl">{resource.data.name}</h1>
          <p className="body">
            <OrganisationTags organisation={resource.data} />
          </p>
          <p className="body muted">
            {resource.data.verified
              ? t("organisation.verifiedExplained")
              : t("organisation.unverifiedExplained")}
          </p>
          <h2 className="heading-l">{t("organisation.members.heading")}</h2>
          {resource.data.members.length === 0 ? (
            <p className="body muted">{t("organisation.members.none")}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t("organisation.members.heading")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("organisation.members.name")}</th>
                  <th scope="col">{t("organisation.members.affiliation")}</th>
                </tr>
              </thead>
              <tbody>
                {resource.data.members.map((member) => (
                  <tr key={member.id}>
                    <td>{member.name}</td>
                    <td>{member.affiliation || <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="body muted">{t("organisation.members.howToJoin")}</p>
        </>
      )}
    </>
  );
}
