import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can, type DocumentRole } from "../../../../../shared/permissions.ts";
import { listInvitations, listRoles } from "../../../api/index.ts";
import { useResource } from "../../../hooks/useResource.ts";
import { InviteForm } from "./InviteForm.tsx";
import { PendingInvitations } from "./PendingInvitations.tsx";
import { RoleList } from "./RoleList.tsx";

/** What the dialog's status line says after a change; errors are announced as alerts. */
export interface SharingNotice {
  kind: "done" | "failed";
  message: string;
}

interface SharingPanelProps {
  documentId: string;
  role: DocumentRole | null;
}

/**
 * Inside the sharing dialog: who has which role (owners can change and remove them), inviting
 * someone by email with a role (owners), and invitations not yet accepted (owners can withdraw).
 */
export function SharingPanel({ documentId, role }: SharingPanelProps) {
  const { t } = useTranslation();
  const mayShare = can(role, "document.share");
  const roles = useResource((signal) => listRoles(documentId, signal), [documentId]);
  const invitations = useResource(
    (signal) => (mayShare ? listInvitations(documentId, signal) : Promise.resolve([])),
    [documentId, mayShare],
  );
  const [notice, setNotice] = useState<SharingNotice | null>(null);

  const report = (next: SharingNotice) => {
    setNotice(next);
    roles.reload();
    invitations.reload();
  };

  return (
    <>
      <div role="status" className="notification-region">
        {notice?.kind === "done" && <p className="notification">{notice.message}</p>}
      </div>
      <div role="alert">
        {notice?.kind === "failed" && <p className="error-panel">{notice.message}</p>}
      </div>
      <RoleList
        documentId={documentId}
        roles={roles.resource}
        mayShare={mayShare}
        onRetry={roles.reload}
        onDone={report}
      />
      {mayShare ? (
        <>
          <InviteForm documentId={documentId} onInvited={invitations.reload} />
          <PendingInvitations
            documentId={documentId}
            invitations={invitations.resource}
            onRetry={invitations.reload}
            onDone={report}
          />
        </>
      ) : (
        <p className="body muted">{t("sharing.ownersOnly")}</p>
      )}
    </>
  );
}
