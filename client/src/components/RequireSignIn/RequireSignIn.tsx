import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { isAdministrator } from "../../hooks/usePolicy.ts";
import { useSession } from "../../hooks/useSession.ts";
import { signInPath } from "../../session/nextPath.ts";

/**
 * Lets its screens render only for a signed-in person; anyone else goes to the sign-in page,
 * which brings them back here afterwards.
 */
export function RequireSignIn() {
  const { t } = useTranslation();
  const { state, refresh } = useSession();
  const location = useLocation();

  if (state.status === "loading") {
    return (
      <p role="status" className="body muted">
        {t("session.loading")}
      </p>
    );
  }
  if (state.status === "signedOut") {
    // Signing out on purpose leads to a plain sign-in page; an ended session comes back here.
    return state.deliberate ? (
      <Navigate to="/sign-in" state={{ signedOut: true }} replace />
    ) : (
      <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />
    );
  }
  if (state.status === "unavailable") {
    return (
      <div role="alert" className="error-panel">
        <p>{t("session.unavailable")}</p>
        <button type="button" className="button button--secondary" onClick={() => void refresh()}>
          {t("session.retry")}
        </button>
      </div>
    );
  }
  return <Outlet />;
}

/** Lets its screens render only for administrators (inside {@link RequireSignIn}). */
export function RequireAdministrator() {
  const { state } = useSession();
  const allowed = state.status === "signedIn" && isAdministrator(state.me);
  return allowed ? <Outlet /> : <AdministratorsOnly />;
}

function AdministratorsOnly() {
  const { t } = useTranslation();
  usePageTitle(t("admin.forbidden.title"));
  return (
    <>
      <h1 className="heading-xl">{t("admin.forbidden.title")}</h1>
      <p className="body">{t("admin.forbidden.body")}</p>
    </>
  );
}
