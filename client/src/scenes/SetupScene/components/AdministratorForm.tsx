import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { SetupSchema } from "../../../../../shared/schemas/index.ts";
import { completeSetup, isApiError } from "../../../api/index.ts";
import { AccountFields } from "../../../components/Form/AccountFields.tsx";
import { ErrorSummary } from "../../../components/Form/ErrorSummary.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import { useAccountFieldTexts } from "../../../hooks/useAccountFieldTexts.ts";
import { useSession } from "../../../hooks/useSession.ts";

const FIELDS = ["name", "email", "password"] as const;
const AccountSchema = SetupSchema.omit({ token: true });

/** Creates the first administrator with the setup token and signs them in. */
export function AdministratorForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const form = useFormSubmission({
    fields: FIELDS,
    initialValues: { name: "", email: "", password: "" },
    schema: AccountSchema,
    texts: useAccountFieldTexts(),
    send: async (_account, values) => {
      const me = await completeSetup({ ...values, token });
      signedIn(me);
      navigate("/admin", { replace: true });
    },
    describeFailure: (error) => {
      if (isApiError(error, 403)) return t("setup.tokenInvalid");
      if (isApiError(error, 409)) return t("setup.done");
      return t("form.unavailable");
    },
  });

  return (
    <form noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary problems={form.problems} />
      <AccountFields fields={FIELDS} bind={form.field} holder="self" />
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting ? t("setup.submitting") : t("setup.submit")}
      </button>
    </form>
  );
}
