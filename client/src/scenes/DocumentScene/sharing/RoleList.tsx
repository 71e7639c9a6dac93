import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DOCUMENT_ROLES, type DocumentRole } from "../../../../../shared/permissions.ts";
import { isApiError, type RoleAssignment, removeRole, setRole } from "../../../api/index.ts";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import type { Resource } from "../../../hooks/useResource.ts";
import { useMe } from "../../../hooks/useSession.ts";
import type { SharingNotice } from "./SharingPanel.tsx";

interface RoleListProps {
  documentId: string;
  roles: Resource<RoleAssignment[]>;
  mayShare: boolean;
  onRetry: () => void;
  onDone: (notice: SharingNotice) => void;
}

/** People with a role on the draft; owners can change a role (saved at once) or remove it. */
export function RoleList({ documentId, roles, mayShare, onRetry, onDone }: RoleListProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [busy, setBusy] = useState<string | null>(null);

  const failure = (error: unknown, name: string) =>
    isApiError(error, 409, "last_owner")
      ? t("sharing.roles.lastOwner")
      : t("sharing.roles.changeFailed", { name });

  const change = async (person: RoleAssignment, role: DocumentRole) => {
    setBusy(person.userId);
    try {
      await setRole(documentId, person.userId, role);
      onDone({
        kind: "done",
        message: t("sharing.roles.changed", { name: person.name, role: t(`roles.${role}.name`) }),
      });
    } catch (error) {
      onDone({ kind: "failed", message: failure(error, person.name) });
    } finally {
      setBusy(null);
    }
  };

  const remove = async (person: RoleAssignment) => {
    setBusy(person.userId);
    try {
      await removeRole(documentId, person.userId);
      onDone({ kind: "done", message: t("sharing.roles.removed", { name: person.name }) });
    } catch (error) {
      onDone({ kind: "failed", message: failure(error, person.name) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="sharing-roles" aria-busy={roles.status === "loading"}>
      <h3 id="sharing-roles" className="heading-m">
        {t("sharing.roles.heading")}
      </h3>
      {roles.status === "loading" && (
        <p role="status" className="body muted">
          {t("sharing.roles.loading")}
        </p>
      )}
      {roles.status !== "loading" && roles.status !== "ready" && (
        <LoadFailed message={t("sharing.roles.failed")} onRetry={onRetry} />
      )}
      {roles.status === "ready" && (
        <ul className="role-list">
          {roles.data.map((person) => (
            <li key={person.userId} className="role-list__item">
              <div className="role-list__person">
                <strong>
                  {person.userId === me.id
                    ? t("sharing.roles.you", { name: person.name })
                    : person.name}
                </strong>
                <span className="muted">{person.email}</span>
              </div>
              {mayShare ? (
                <div className="role-list__actions">
                  <label className="visually-hidden" htmlFor={`role-${person.userId}`}>
                    {t("sharing.roles.roleOf", { name: person.name })}
                  </label>
                  <select
                    id={`role-${person.userId}`}
                    className="select select--small"
                    value={person.role}
                    disabled={busy === person.userId}
                    onChange={(event) => void change(person, event.target.value as DocumentRole)}
                  >
                    {DOCUMENT_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}.name`)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy === person.userId}
                    onClick={() => void remove(person)}
                  >
                    {t("sharing.roles.remove")}
                    <span className="visually-hidden"> {person.name}</span>
                  </button>
                </div>
              ) : (
                <span className="tag tag--grey">{t(`roles.${person.role}.name`)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
