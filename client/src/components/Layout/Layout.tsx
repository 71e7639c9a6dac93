import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch.tsx";
import { SiteNavigation } from "../SiteNavigation/SiteNavigation.tsx";

/** The frame around every screen: skip link, header with navigation and language, footer. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t("app.skipLink")}
      </a>
      <header className="site-header">
        <div className="site-header__inner page-width">
          <Link to="/" className="site-header__brand" aria-label={t("app.homeLink")}>
            <span className="site-header__name">{t("app.name")}</span>
            <span className="site-header__tagline">{t("app.tagline")}</span>
          </Link>
          <LanguageSwitch />
        </div>
        <SiteNavigation />
      </header>
      <main id="main-content" className="page-width main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p className="page-width">{t("app.footer")}</p>
      </footer>
    </>
  );
}
