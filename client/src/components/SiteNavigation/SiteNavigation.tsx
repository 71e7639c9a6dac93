import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { usePolicy } from "../../hooks/usePolicy.ts";
import { useSession } from "../../hooks/useSession.ts";

/**
 * The service navigation under the header: the main sections, who is signed in (a link to
 * their profile) and "Sign out". Only "Sign in" while nobody is.
 */
export function SiteNavigation() {
  const { t } = useTranslation();
  const { state, signOut } = useSession();
  const { mayAdminister } = usePolicy();
  const [signingOut, setSigningOut] = useState(false);
  const [failed, setFailed] = useState(false);

  if (state.status === "loading") return null;

  const handleSignOut = async () => {
    setSigningOut(true);
    setFailed(false);
    try {
      // Screens that need someone signed in now send the person to the sign-in page.
      await signOut();
    } catch {
      setFailed(true);
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <nav className="service-nav" aria-label={t("nav.label")}>
      <div className="service-nav__inner page-width">
        {state.status === "signedIn" ? (
          <>
            <ul className="service-nav__sections">
              <li>
                <NavLink to="/" end className="service-nav__link">
                  {t("nav.documents")}
                </NavLink>
              </li>
              <li>
                <NavLink to="/organisations" className="service-nav__link">
                  {t("nav.organisations")}
                </NavLink>
              </li>
              {mayAdminister && (
                <li>
                  <NavLink to="/admin" className="service-nav__link">
                    {t("nav.admin")}
                  </NavLink>
                </li>
              )}
            </ul>
            <div className="service-nav__account">
              <NavLink to="/profile" className="service-nav__link" data-testid="signed-in-person">
                <span className="visually-hidden">{t("nav.signedInAs")} </span>
                {state.me.name}
              </NavLink>
              <button
                type="button"
                className="link-button service-nav__button"
                disabled={signingOut}
                onClick={() => void handleSignOut()}
              >
                {signingOut ? t("nav.signingOut") : t("nav.signOut")}
              </button>
            </div>
          </>
        ) : (
          <div className="service-nav__account">
            <NavLink to="/sign-in" className="service-nav__link">
              {t("nav.signIn")}
            </NavLink>
          </div>
        )}
      </div>
      {failed && (
        <p className="service-nav__error page-width" role="alert">
          {t("nav.signOutFailed")}
        </p>
      )}
    </nav>
  );
}
