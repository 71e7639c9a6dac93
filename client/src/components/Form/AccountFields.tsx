import { useTranslation } from "react-i18next";
import { TextField } from "./TextField.tsx";
import type { FieldBinding } from "./useFormSubmission.ts";

/** The fields that make up an account. */
export type AccountField = "name" | "email" | "password";

interface AccountFieldsProps<K extends AccountField> {
  /** Which of the account fields this form asks for; they always appear in the same order. */
  fields: readonly K[];
  /** Ties a field to its form (`useFormSubmission().field`). */
  bind: (field: K) => FieldBinding<string>;
  /**
   * `self`: a person's own account, so the browser may fill it in and offer to save the
   * password. `someoneElse`: an administrator's for another person, nothing filled in and the
   * password shown, to be passed on.
   */
  holder: "self" | "someoneElse";
  passwordLabel?: string;
  passwordHint?: string;
}

/** Name, email and password fields, named and autofilled the same in every account form. */
export function AccountFields<K extends AccountField>({
  fields,
  bind,
  holder,
  passwordLabel,
  passwordHint,
}: AccountFieldsProps<K>) {
  const { t } = useTranslation();
  const self = holder === "self";
  const bound = (field: AccountField) =>
    (fields as readonly AccountField[]).includes(field) ? bind(field as K) : null;
  const name = bound("name");
  const email = bound("email");
  const password = bound("password");
  return (
    <>
      {name && (
        <TextField
          {...name}
          label={t("fields.name.label")}
          hint={self ? t("fields.name.hint") : undefined}
          autoComplete={self ? "name" : "off"}
        />
      )}
      {email && (
        <TextField
          {...email}
          label={t("fields.email.label")}
          type="email"
          autoComplete={self ? "username" : "off"}
          spellCheck={false}
        />
      )}
      {password && (
        <TextField
          {...password}
          label={passwordLabel ?? t("fields.password.label")}
          hint={passwordHint ?? (self ? t("fields.password.newHint") : undefined)}
          {...(self
            ? { type: "password", autoComplete: "new-password" }
            : { type: "text", autoComplete: "off", spellCheck: false })}
        />
      )}
    </>
  );
}
