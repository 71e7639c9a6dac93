import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePageTitle } from "../../../hooks/usePageTitle.ts";

/** Shown when the address names no draft (REST 404 or collaboration close 4404). */
export function DocumentNotFound() {
  const { t } = useTranslation();
  usePageTitle(t("document.notFound.title"));
  return (
    <>
      <h1 className="heading-xl">{t("document.notFound.title")}</h1>
      <p className="body">{t("document.notFound.body")}</p>
      <p className="body">
        <Link to="/">{t("document.notFound.link")}</Link>
      </p>
    </>
  );
}
