import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { PublicProfile } from "../../../../shared/schemas/index.ts";
import { getPublicProfile } from "../../api/people.ts";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { OrganisationTags } from "../../components/OrganisationTags/OrganisationTags.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { formatDateTime } from "../../i18n/formatDate.ts";

/**
 * A person as anyone may see them, reached from an author's name: their organisations (whether
 * verified), what they declared, and every earlier name and affiliation with its date, so that
 * someone who took another person's name and title is recognisable.
 */
export function PersonScene() {
  const { t } = useTranslation();
  const { personId = "" } = useParams();
  const { resource, reload } = useResource(
    (signal) => getPublicProfile(personId, signal),
    [personId],
  );
  usePageTitle(
    resource.status === "ready"
      ? resource.data.name
      : resource.status === "notFound"
        ? t("person.notFound")
        : null,
  );
  return (
    <>
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("person.loading")}
        </p>
      )}
      {resource.status === "notFound" && <h1 className="heading-xl">{t("person.notFound")}</h1>}
      {(resource.status === "error" || resource.status === "forbidden") && (
        <LoadFailed message={t("person.failed")} onRetry={reload} />
      )}
      {resource.status === "ready" && <PersonProfile profile={resource.data} />}
    </>
  );
}

function PersonProfile({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="caption">{t("person.caption")}</span>
      <h1 className="heading-xl">{profile.name}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("person.organisations")}</dt>
          <dd>
            {profile.organisations.length === 0 ? (
              t("comments.author.individual")
            ) : (
              <ul className="plain-list">
                {profile.organisations.map((organisation) => (
                  <li key={organisation.id} className="plain-list__item">
                    {organisation.name} <OrganisationTags organisation={organisation} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("person.affiliation")}</dt>
          <dd>{profile.affiliation || <span className="muted">—</span>}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("profile.interests.label")}</dt>
          <dd>{profile.interests.trim() || t("comments.author.noInterests")}</dd>
        </div>
      </dl>
      <NameHistory history={profile.history} />
    </>
  );
}

function NameHistory({ history }: { history: PublicProfile["history"] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="person-history">
      <h2 id="person-history" className="heading-l">
        {t("person.history.heading")}
      </h2>
      {history.length === 0 ? (
        <p className="body muted">{t("person.history.none")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("person.history.heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("person.history.when")}</th>
              <th scope="col">{t("person.history.what")}</th>
              <th scope="col">{t("person.history.from")}</th>
              <th scope="col">{t("person.history.to")}</th>
            </tr>
          </thead>
          <tbody>
            {[...history].reverse().map((change) => (
              <tr key={`${change.at}-${change.field}`}>
                <td>
                  <time dateTime={change.at}>{formatDateTime(change.at, i18n.language)}</time>
                </td>
                <td>{t(`person.history.field.${change.field}`)}</td>
                <td>{change.from || <span className="muted">—</span>}</td>
                <td>{change.to || <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
