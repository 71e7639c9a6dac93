import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet } from "react-router";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch.tsx";
import { NotificationBell } from "../Notifications/NotificationBell.tsx";
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
          <div className="site-header__tools">
            <NavLink to="/public" className="site-header__public-link">
              {t("public.nav.link")}
            </NavLink>
            <NotificationBell />
            <LanguageSwitch />
          </div>
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
