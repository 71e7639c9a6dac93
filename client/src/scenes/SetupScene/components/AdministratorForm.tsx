import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { SetupSchema } from "../../../../../shared/schemas/index.ts";
import { completeSetup, isApiError } from "../../../api/index.ts";
import { ErrorSummary, type FormProblem } from "../../../components/Form/ErrorSummary.tsx";
import {
  type FieldErrors,
  problemsOf,
  serverFieldError,
  validateFields,
} from "../../../components/Form/fieldErrors.ts";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useAccountFieldTexts } from "../../../hooks/useAccountFieldTexts.ts";
import { useSession } from "../../../hooks/useSession.ts";

type Field = "name" | "email" | "password";
const FIELDS: readonly Field[] = ["name", "email", "password"];

/** Creates the first administrator with the setup token and signs them in. */
export function AdministratorForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const texts = useAccountFieldTexts();
  const [values, setValues] = useState<Record<Field, string>>({
    name: "",
    email: "",
    password: "",
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formProblem, setFormProblem] = useState<FormProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = (field: Field) => `${id}-${field}`;
  const change = (field: Field) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(null);
    const local = validateFields(SetupSchema.omit({ token: true }), values, texts, t);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSubmitting(true);
    try {
      const me = await completeSetup({ ...values, token });
      signedIn(me);
      navigate("/admin", { replace: true });
    } catch (error) {
      const fieldError = serverFieldError(error, FIELDS);
      if (fieldError) setErrors(fieldError);
      else if (isApiError(error, 403)) setFormProblem({ message: t("setup.tokenInvalid") });
      else if (isApiError(error, 409)) setFormProblem({ message: t("setup.done") });
      else setFormProblem({ message: t("form.unavailable") });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary problems={formProblem ? [formProblem] : problemsOf(errors, FIELDS, fieldId)} />
      <TextField
        id={fieldId("name")}
        label={texts.name.label}
        hint={t("fields.name.hint")}
        autoComplete="name"
        value={values.name}
        error={errors.name}
        onChange={change("name")}
      />
      <TextField
        id={fieldId("email")}
        label={texts.email.label}
        type="email"
        autoComplete="username"
        spellCheck={false}
        value={values.email}
        error={errors.email}
        onChange={change("email")}
      />
      <TextField
        id={fieldId("password")}
        label={texts.password.label}
        hint={t("fields.password.newHint")}
        type="password"
        autoComplete="new-password"
        value={values.password}
        error={errors.password}
        onChange={change("password")}
      />
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t("setup.submitting") : t("setup.submit")}
      </button>
    </form>
  );
}
