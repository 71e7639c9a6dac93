import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { NotificationSettingsForm } from "../../components/Notifications/NotificationSettingsForm.tsx";
import { OrganisationTags } from "../../components/OrganisationTags/OrganisationTags.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useMe } from "../../hooks/useSession.ts";
import { ProfileForm } from "./components/ProfileForm.tsx";
import { SignOutEverywhere } from "./components/SignOutEverywhere.tsx";

/** The signed-in person's public profile, their organisations and their sessions. */
export function ProfileScene() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t("profile.title"));
  return (
    <>
      <h1 className="heading-xl">{t("profile.title")}</h1>
      <p className="lead">{t("profile.intro")}</p>
      <p className="body">
        {t("profile.history")} <Link to={`/people/${me.id}`}>{t("profile.publicProfile")}</Link>
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("fields.email.label")}</dt>
          <dd>{me.email}</dd>
        </div>
        {me.isAdmin && (
          <div className="summary-list__row">
            <dt>{t("profile.siteRole")}</dt>
            <dd>{t("profile.administrator")}</dd>
          </div>
        )}
      </dl>
      <ProfileForm me={me} />
      <NotificationSettingsForm />
      <section aria-labelledby="profile-organisations">
        <h2 id="profile-organisations" className="heading-l">
          {t("profile.organisations.heading")}
        </h2>
        {me.organisations.length === 0 ? (
          <p className="body">{t("profile.organisations.none")}</p>
        ) : (
          <ul className="plain-list">
            {me.organisations.map((organisation) => (
              <li key={organisation.id} className="plain-list__item">
                <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>{" "}
                <OrganisationTags organisation={organisation} />
              </li>
            ))}
          </ul>
        )}
        <p className="body">
          <Link to="/organisations">{t("profile.organisations.all")}</Link>
        </p>
      </section>
      <SignOutEverywhere />
    </>
  );
}
