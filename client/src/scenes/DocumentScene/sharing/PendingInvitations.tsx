import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type PendingInvitation, revokeInvitation } from "../../../api/index.ts";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import type { Resource } from "../../../hooks/useResource.ts";
import { formatDateTime } from "../../../i18n/formatDate.ts";
import type { SharingNotice } from "./SharingPanel.tsx";

interface PendingInvitationsProps {
  documentId: string;
  invitations: Resource<PendingInvitation[]>;
  onRetry: () => void;
  onDone: (notice: SharingNotice) => void;
}

/**
 * Invitations sent but not accepted yet, each of which the owner can withdraw; and those the
 * server revoked because their sender may no longer share the draft, shown as such until the
 * owner removes them from the list.
 */
export function PendingInvitations({
  documentId,
  invitations,
  onRetry,
  onDone,
}: PendingInvitationsProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);

  const revoke = async (invitation: PendingInvitation) => {
    setBusy(invitation.id);
    const done =
      invitation.status === "revoked" ? "sharing.pending.removed" : "sharing.pending.revoked";
    try {
      await revokeInvitation(documentId, invitation.id);
      onDone({ kind: "done", message: t(done, { email: invitation.email }) });
    } catch {
      onDone({
        kind: "failed",
        message: t("sharing.pending.revokeFailed", { email: invitation.email }),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="sharing-pending">
      <h3 id="sharing-pending" className="heading-m">
        {t("sharing.pending.heading")}
      </h3>
      {invitations.status === "loading" && (
        <p role="status" className="body muted">
          {t("sharing.pending.loading")}
        </p>
      )}
      {invitations.status !== "loading" && invitations.status !== "ready" && (
        <LoadFailed message={t("sharing.pending.failed")} onRetry={onRetry} />
      )}
      {invitations.status === "ready" &&
        (invitations.data.length === 0 ? (
          <p className="body muted">{t("sharing.pending.none")}</p>
        ) : (
          <ul className="role-list">
            {invitations.data.map((invitation) => (
              <li key={invitation.id} className="role-list__item">
                <div className="role-list__person">
                  <strong>{invitation.email}</strong>
                  <span className="muted">
                    {t("sharing.pending.details", {
                      role: t(`roles.${invitation.role}.name`),
                      date: formatDateTime(invitation.expiresAt, i18n.language),
                    })}
                  </span>
                  {invitation.status === "revoked" && (
                    <span>
                      <strong className="tag tag--red">{t("sharing.pending.revokedTag")}</strong>{" "}
                      {t(
                        `sharing.pending.revokedBecause.${invitation.revokedReason ?? "withdrawn"}`,
                      )}
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy === invitation.id}
                  onClick={() => void revoke(invitation)}
                >
                  {invitation.status === "revoked"
                    ? t("sharing.pending.remove")
                    : t("sharing.pending.revoke")}
                  <span className="visually-hidden"> {invitation.email}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
