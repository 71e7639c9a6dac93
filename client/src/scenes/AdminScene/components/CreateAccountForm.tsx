import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Organisation, UserCreateSchema } from "../../../../../shared/schemas/index.ts";
import { createUser, isApiError } from "../../../api/index.ts";
import { ErrorSummary, type FormProblem } from "../../../components/Form/ErrorSummary.tsx";
import {
  type FieldErrors,
  problemsOf,
  serverFieldError,
  validateFields,
} from "../../../components/Form/fieldErrors.ts";
import { SelectField } from "../../../components/Form/SelectField.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useAccountFieldTexts } from "../../../hooks/useAccountFieldTexts.ts";

type Field = "name" | "email" | "password";
const FIELDS: readonly Field[] = ["name", "email", "password"];
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
  const id = useId();
  const texts = useAccountFieldTexts();
  const [values, setValues] = useState<Record<Field, string>>(EMPTY);
  const [organisationId, setOrganisationId] = useState("");
  const [isAdmin, setIsAdmin] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formProblem, setFormProblem] = useState<FormProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = (field: Field) => `${id}-${field}`;
  const change = (field: Field) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(null);
    const local = validateFields(UserCreateSchema, values, texts, t);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSubmitting(true);
    try {
      await createUser({
        ...UserCreateSchema.parse(values),
        isAdmin,
        ...(organisationId ? { organisationId } : {}),
      });
      setValues(EMPTY);
      setOrganisationId("");
      setIsAdmin(false);
      onCreated(values.name.trim());
    } catch (error) {
      const fieldError = serverFieldError(error, FIELDS);
      if (fieldError) setErrors(fieldError);
      else if (isApiError(error, 409)) setErrors({ email: t("admin.accounts.create.emailTaken") });
      else setFormProblem({ message: t("admin.accounts.create.failed") });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form
      className="panel"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h3 id={`${id}-heading`} className="heading-m">
        {t("admin.accounts.create.heading")}
      </h3>
      <ErrorSummary problems={formProblem ? [formProblem] : problemsOf(errors, FIELDS, fieldId)} />
      <TextField
        id={fieldId("name")}
        label={texts.name.label}
        autoComplete="off"
        value={values.name}
        error={errors.name}
        onChange={change("name")}
      />
      <TextField
        id={fieldId("email")}
        label={texts.email.label}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={values.email}
        error={errors.email}
        onChange={change("email")}
      />
      <TextField
        id={fieldId("password")}
        label={t("admin.accounts.create.passwordLabel")}
        hint={t("admin.accounts.create.passwordHint")}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={values.password}
        error={errors.password}
        onChange={change("password")}
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
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t("admin.accounts.create.submitting") : t("admin.accounts.create.submit")}
      </button>
    </form>
  );
}
