import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { LoginSchema } from "../../../../shared/schemas/index.ts";
import { isApiError, isSetupNeeded, signIn } from "../../api/index.ts";
import { ErrorSummary, type FormProblem } from "../../components/Form/ErrorSummary.tsx";
import { type FieldErrors, problemsOf, validateFields } from "../../components/Form/fieldErrors.ts";
import { TextField } from "../../components/Form/TextField.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { useSession } from "../../hooks/useSession.ts";
import { safeNextPath } from "../../session/nextPath.ts";

type Field = "email" | "password";
const FIELDS: readonly Field[] = ["email", "password"];

/**
 * Sign-in with email and password. A refusal gets one generic message (it never says whether
 * the email exists); afterwards the person returns to the page that sent them here.
 */
export function SignInScene() {
  const { t } = useTranslation();
  const id = useId();
  const { state, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get("next"));
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formProblem, setFormProblem] = useState<FormProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const setupNeeded = useSetupNeeded();
  usePageTitle(t("signIn.title"));

  const fieldId = (field: Field) => `${id}-${field}`;
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  if (state.status === "signedIn" && !submitting) return <Navigate to={next} replace />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(null);
    const local = validateFields(
      LoginSchema,
      { email, password },
      {
        email: { label: t("fields.email.label"), required: t("fields.email.required") },
        password: { label: t("fields.password.label"), required: t("fields.password.required") },
      },
      t,
    );
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSubmitting(true);
    try {
      const me = await signIn({ email, password });
      signedIn(me);
      navigate(next, { replace: true });
    } catch (error) {
      setPassword("");
      if (isApiError(error, 401)) {
        setFormProblem({ fieldId: fieldId("email"), message: t("signIn.invalid") });
      } else if (isApiError(error, 429)) {
        setFormProblem({ message: t("signIn.tooManyAttempts") });
      } else {
        setFormProblem({ message: t("form.unavailable") });
      }
    } finally {
      setSubmitting(false);
    }
  };

  const problems = formProblem ? [formProblem] : problemsOf(errors, FIELDS, fieldId);
  return (
    <div className="narrow">
      {signedOut && (
        <p className="notification" role="status">
          {t("signIn.signedOut")}
        </p>
      )}
      <ErrorSummary problems={problems} />
      <h1 className="heading-xl">{t("signIn.title")}</h1>
      {setupNeeded && (
        <div className="inset-text">
          <p>{t("signIn.setupNeeded")}</p>
        </div>
      )}
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={fieldId("email")}
          label={t("fields.email.label")}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          error={errors.email}
          onChange={setEmail}
        />
        <TextField
          id={fieldId("password")}
          label={t("fields.password.label")}
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={setPassword}
        />
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t("signIn.submitting") : t("signIn.submit")}
        </button>
      </form>
      <p className="body muted">{t("signIn.noAccount")}</p>
    </div>
  );
}

/** Whether Rembuk has no administrator yet, to point the person at the setup link. */
function useSetupNeeded(): boolean {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    isSetupNeeded(controller.signal).then(setNeeded, () => {});
    return () => controller.abort();
  }, []);
  return needed;
}
