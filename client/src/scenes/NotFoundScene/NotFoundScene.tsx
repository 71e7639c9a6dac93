import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../hooks/usePageTitle.ts";

/** Any address the app does not know. */
export function NotFoundScene() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <>
      <h1 className="heading-xl">{t("notFound.title")}</h1>
      <p className="body">{t("notFound.body")}</p>
      <p className="body">
        <Link to="/">{t("notFound.link")}</Link>
      </p>
    </>
  );
}
