import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { InvitationAcceptSchema } from "../../../../../shared/schemas/index.ts";
import { acceptInvitation, type InvitationView } from "../../../api/index.ts";
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
import { acceptFailure } from "./acceptErrors.ts";

type Field = "name" | "password";
const FIELDS: readonly Field[] = ["name", "password"];

interface AcceptWithNewAccountProps {
  token: string;
  invitation: InvitationView;
}

/** Accepting when the invited email has no account yet: choose a name and a password. */
export function AcceptWithNewAccount({ token, invitation }: AcceptWithNewAccountProps) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { state, refresh } = useSession();
  const texts = useAccountFieldTexts();
  const [values, setValues] = useState<Record<Field, string>>({ name: "", password: "" });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formProblem, setFormProblem] = useState<FormProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = (field: Field) => `${id}-${field}`;
  const change = (field: Field) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(null);
    // Both are optional in the shared schema (an existing account sends neither); here both
    // are needed, so an empty one is reported as missing.
    const local = validateFields(
      InvitationAcceptSchema.required(),
      { name: values.name.trim() || undefined, password: values.password || undefined },
      { name: texts.name, password: texts.password },
      t,
    );
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSubmitting(true);
    try {
      const documentId = await acceptInvitation(token, {
        name: values.name.trim(),
        password: values.password,
      });
      await refresh();
      navigate(`/documents/${documentId}`);
    } catch (error) {
      const fieldError = serverFieldError(error, FIELDS);
      if (fieldError) setErrors(fieldError);
      else setFormProblem({ message: acceptFailure(error, t) });
      setSubmitting(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary problems={formProblem ? [formProblem] : problemsOf(errors, FIELDS, fieldId)} />
      <h2 className="heading-m">{t("invitation.newAccount.heading")}</h2>
      <p className="body">{t("invitation.newAccount.intro", { email: invitation.email })}</p>
      {state.status === "signedIn" && (
        <div className="inset-text">
          <p>{t("invitation.newAccount.signedInAsOther", { current: state.me.email })}</p>
        </div>
      )}
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
        id={fieldId("password")}
        label={t("invitation.newAccount.passwordLabel")}
        hint={t("fields.password.newHint")}
        type="password"
        autoComplete="new-password"
        value={values.password}
        error={errors.password}
        onChange={change("password")}
      />
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t("invitation.accepting") : t("invitation.newAccount.submit")}
      </button>
    </form>
  );
}
