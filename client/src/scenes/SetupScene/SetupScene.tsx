import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { isSetupNeeded } from "../../api/index.ts";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { AdministratorForm } from "./components/AdministratorForm.tsx";

/**
 * First run: the one-time link the server prints in its log (`/setup?token=…`) creates the
 * first administrator. Once one exists, this page only says so.
 */
export function SetupScene() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get("token") ?? "";
  const { resource, reload } = useResource((signal) => isSetupNeeded(signal), []);
  usePageTitle(t("setup.title"));

  return (
    <div className="narrow">
      <h1 className="heading-xl">{t("setup.title")}</h1>
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("setup.loading")}
        </p>
      )}
      {(resource.status === "error" ||
        resource.status === "notFound" ||
        resource.status === "forbidden") && (
        <div role="alert" className="error-panel">
          <p>{t("form.unavailable")}</p>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t("common.retry")}
          </button>
        </div>
      )}
      {resource.status === "ready" && !resource.data && (
        <>
          <p className="body">{t("setup.done")}</p>
          <p className="body">
            <Link to="/sign-in">{t("setup.signInLink")}</Link>
          </p>
        </>
      )}
      {resource.status === "ready" && resource.data && !token && (
        <p className="body">{t("setup.noToken")}</p>
      )}
      {resource.status === "ready" && resource.data && token && (
        <>
          <p className="lead">{t("setup.intro")}</p>
          <AdministratorForm token={token} />
        </>
      )}
    </div>
  );
}
