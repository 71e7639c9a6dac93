import { useTranslation } from "react-i18next";
import type { DocumentRole } from "../../../../shared/permissions.ts";

/** A document role's name with what it lets a person do, e.g. "Reviewer — reads and comments". */
export function RoleDescription({ role }: { role: DocumentRole }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{t(`roles.${role}.name`)}</strong>
      <span className="role-description"> — {t(`roles.${role}.description`)}</span>
    </>
  );
}
