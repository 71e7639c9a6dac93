import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Organisation, UserCreateSchema } from "../../../../../shared/schemas/index.ts";
import { createUser, isApiError } from "../../../api/index.ts";
import { AccountFields } from "../../../components/Form/AccountFields.tsx";
import { ErrorSummary } from "../../../components/Form/ErrorSummary.tsx";
import { FormPanel } from "../../../components/Form/FormPanel.tsx";
import { SelectField } from "../../../components/Form/SelectField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import { useAccountFieldTexts } from "../../../hooks/useAccountFieldTexts.ts";

const FIELDS = ["name", "email", "password"] as const;
const EMPTY = { name: "", email: "", password: "" };

interface CreateAccountFormProps {
  organisations: readonly Organisation[];
  onCreated: (name: string) => void;
}

/**
 * Creates an account for someone (there is no mail server: the administrator passes on the
 * password), optionally in an organisation and as an administrator.
 */
export function CreateAccountForm({ organisations, onCreated }: CreateAccountFormProps) {
  const { t } = useTranslation();
  const [organisationId, setOrganisationId] = useState("");
  const [isAdmin, setIsAdmin] = useState(false);
  const form = useFormSubmission({
    fields: FIELDS,
    initialValues: EMPTY,
    schema: UserCreateSchema,
    texts: useAccountFieldTexts(),
    send: async (account) => {
      await createUser({ ...account, isAdmin, ...(organisationId ? { organisationId } : {}) });
      form.reset();
      setOrganisationId("");
      setIsAdmin(false);
      onCreated(account.name);
    },
    describeFailure: (error) =>
      isApiError(error, 409)
        ? { email: t("admin.accounts.create.emailTaken") }
        : t("admin.accounts.create.failed"),
  });
  const { id } = form;

  return (
    <FormPanel
      heading={t("admin.accounts.create.heading")}
      headingLevel={3}
      onSubmit={form.handleSubmit}
    >
      <ErrorSummary problems={form.problems} />
      <AccountFields
        fields={FIELDS}
        bind={form.field}
        holder="someoneElse"
        passwordLabel={t("admin.accounts.create.passwordLabel")}
        passwordHint={t("admin.accounts.create.passwordHint")}
      />
      <SelectField
        id={`${id}-organisation`}
        label={t("admin.accounts.create.organisationLabel")}
        value={organisationId}
        options={[
          { value: "", label: t("admin.accounts.create.noOrganisation") },
          ...organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          })),
        ]}
        onChange={setOrganisationId}
      />
      <div className="form-group checkbox">
        <input
          id={`${id}-admin`}
          className="checkbox__input"
          type="checkbox"
          checked={isAdmin}
          onChange={(event) => setIsAdmin(event.target.checked)}
        />
        <label className="checkbox__label" htmlFor={`${id}-admin`}>
          {t("admin.accounts.create.isAdmin")}
        </label>
      </div>
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting
          ? t("admin.accounts.create.submitting")
          : t("admin.accounts.create.submit")}
      </button>
    </FormPanel>
  );
}
