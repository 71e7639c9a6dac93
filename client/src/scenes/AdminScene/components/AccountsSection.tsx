import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../../../shared/schemas/index.ts";
import { type AdminUser, updateUser } from "../../../api/index.ts";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import type { Resource } from "../../../hooks/useResource.ts";
import { useMe } from "../../../hooks/useSession.ts";
import type { AdminNotice } from "../AdminScene.tsx";
import { CreateAccountForm } from "./CreateAccountForm.tsx";

interface AccountsSectionProps {
  users: Resource<AdminUser[]>;
  organisations: Resource<Organisation[]>;
  onRetry: () => void;
  onDone: (notice: AdminNotice) => void;
}

/** Every account, with "make administrator" and "disable", and the form to create one. */
export function AccountsSection({ users, organisations, onRetry, onDone }: AccountsSectionProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [busy, setBusy] = useState<string | null>(null);

  const change = async (
    user: AdminUser,
    update: { isAdmin?: boolean; disabled?: boolean },
    doneKey: string,
  ) => {
    setBusy(user.id);
    try {
      await updateUser(user.id, update);
      onDone({ kind: "done", message: t(doneKey, { name: user.name }) });
    } catch {
      onDone({ kind: "failed", message: t("admin.accounts.changeFailed", { name: user.name }) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="admin-accounts">
      <h2 id="admin-accounts" className="heading-l">
        {t("admin.accounts.heading")}
      </h2>
      <CreateAccountForm
        organisations={organisations.status === "ready" ? organisations.data : []}
        onCreated={(name) =>
          onDone({ kind: "done", message: t("admin.accounts.created", { name }) })
        }
      />
      {users.status === "loading" && (
        <p role="status" className="body muted">
          {t("admin.accounts.loading")}
        </p>
      )}
      {users.status !== "loading" && users.status !== "ready" && (
        <LoadFailed message={t("admin.accounts.failed")} onRetry={onRetry} />
      )}
      {users.status === "ready" && (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t("admin.accounts.heading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.accounts.person")}</th>
                <th scope="col">{t("admin.accounts.organisations")}</th>
                <th scope="col">{t("admin.accounts.status")}</th>
                <th scope="col">{t("admin.accounts.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <td>
                    <strong>{user.name}</strong>
                    <br />
                    <span className="muted">{user.email}</span>
                  </td>
                  <td>
                    {user.organisations.map((organisation) => organisation.name).join(", ") || "—"}
                  </td>
                  <td>
                    {user.isAdmin && (
                      <span className="tag tag--blue">{t("admin.accounts.administrator")}</span>
                    )}{" "}
                    {user.disabled ? (
                      <span className="tag tag--red">{t("admin.accounts.disabled")}</span>
                    ) : (
                      <span className="tag tag--green">{t("admin.accounts.active")}</span>
                    )}
                  </td>
                  <td>
                    {user.id === me.id ? (
                      <span className="muted">{t("admin.accounts.you")}</span>
                    ) : (
                      <div className="button-group button-group--tight">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          disabled={busy === user.id}
                          onClick={() =>
                            void change(
                              user,
                              { isAdmin: !user.isAdmin },
                              user.isAdmin
                                ? "admin.accounts.adminRemoved"
                                : "admin.accounts.adminGranted",
                            )
                          }
                        >
                          {user.isAdmin
                            ? t("admin.accounts.removeAdmin")
                            : t("admin.accounts.makeAdmin")}
                          <span className="visually-hidden"> {user.name}</span>
                        </button>
                        <button
                          type="button"
                          className={
                            user.disabled
                              ? "button button--secondary button--small"
                              : "button button--warning button--small"
                          }
                          disabled={busy === user.id}
                          onClick={() =>
                            void change(
                              user,
                              { disabled: !user.disabled },
                              user.disabled
                                ? "admin.accounts.enabled"
                                : "admin.accounts.disabledDone",
                            )
                          }
                        >
                          {user.disabled ? t("admin.accounts.enable") : t("admin.accounts.disable")}
                          <span className="visually-hidden"> {user.name}</span>
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
