import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listIntegrityAlerts, listOrganisations, listUsers } from "../../api/index.ts";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { AccountsSection } from "./components/AccountsSection.tsx";
import { AdminOrganisationsSection } from "./components/AdminOrganisationsSection.tsx";
import { IntegrityAlertsSection } from "./components/IntegrityAlertsSection.tsx";

/** What the status line under the heading says after an administrator acted. */
export interface AdminNotice {
  kind: "done" | "failed";
  message: string;
}

/**
 * Administration: sealed records found altered (when any), accounts (create, make administrator,
 * disable) and organisations (verify, members).
 */
export function AdminScene() {
  const { t } = useTranslation();
  const users = useResource((signal) => listUsers(signal), []);
  const organisations = useResource((signal) => listOrganisations(signal), []);
  const integrityAlerts = useResource((signal) => listIntegrityAlerts(signal), []);
  const [notice, setNotice] = useState<AdminNotice | null>(null);
  usePageTitle(t("admin.title"));

  const report = (next: AdminNotice) => {
    setNotice(next);
    // Memberships and verification show in both lists.
    users.reload();
    organisations.reload();
  };

  return (
    <>
      <h1 className="heading-xl">{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>
      <IntegrityAlertsSection alerts={integrityAlerts.resource} />
      <div role="status" className="notification-region">
        {notice?.kind === "done" && <p className="notification">{notice.message}</p>}
      </div>
      <div role="alert">
        {notice?.kind === "failed" && <p className="error-panel">{notice.message}</p>}
      </div>
      <AccountsSection
        users={users.resource}
        organisations={organisations.resource}
        onRetry={users.reload}
        onDone={report}
      />
      <AdminOrganisationsSection
        organisations={organisations.resource}
        onRetry={organisations.reload}
        onDone={report}
      />
    </>
  );
}
