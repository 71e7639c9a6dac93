import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Shown when the live connection was refused and the server no longer gives this person a role. */
export function AccessRevoked() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="heading-xl">{t("document.revoked.title")}</h1>
      <p className="body">{t("document.revoked.body")}</p>
      <p className="body">
        <Link to="/">{t("document.notFound.link")}</Link>
      </p>
    </>
  );
}
