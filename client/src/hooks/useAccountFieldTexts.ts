import { useTranslation } from "react-i18next";
import type { FieldText } from "../components/Form/fieldErrors.ts";

/** How the account fields (name, email, password) are named in forms and their messages. */
export function useAccountFieldTexts(): Record<"name" | "email" | "password", FieldText> {
  const { t } = useTranslation();
  return {
    name: { label: t("fields.name.label"), required: t("fields.name.required") },
    email: { label: t("fields.email.label"), required: t("fields.email.required") },
    password: { label: t("fields.password.label"), required: t("fields.password.required") },
  };
}
