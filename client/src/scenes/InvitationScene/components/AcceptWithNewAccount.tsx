import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { InvitationAcceptSchema } from "../../../../../shared/schemas/index.ts";
import { acceptInvitation, type InvitationView } from "../../../api/index.ts";
import { AccountFields } from "../../../components/Form/AccountFields.tsx";
import { ErrorSummary } from "../../../components/Form/ErrorSummary.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import { useAccountFieldTexts } from "../../../hooks/useAccountFieldTexts.ts";
import { useSession } from "../../../hooks/useSession.ts";
import { acceptFailure } from "./acceptErrors.ts";

const FIELDS = ["name", "password"] as const;

interface AcceptWithNewAccountProps {
  token: string;
  invitation: InvitationView;
}

/** Accepting when the invited email has no account yet: choose a name and a password. */
export function AcceptWithNewAccount({ token, invitation }: AcceptWithNewAccountProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, refresh } = useSession();
  const texts = useAccountFieldTexts();
  const form = useFormSubmission({
    fields: FIELDS,
    initialValues: { name: "", password: "" },
    // Both are optional in the shared schema (an existing account sends neither); here both
    // are needed, so an empty one is reported as missing.
    schema: InvitationAcceptSchema.required(),
    toInput: (values) => ({
      name: values.name.trim() || undefined,
      password: values.password || undefined,
    }),
    texts: { name: texts.name, password: texts.password },
    send: async (account) => {
      const documentId = await acceptInvitation(token, account);
      await refresh();
      navigate(`/documents/${documentId}`);
    },
    describeFailure: (error) => acceptFailure(error, t),
    leavesOnSuccess: true,
  });

  return (
    <form noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary problems={form.problems} />
      <h2 className="heading-m">{t("invitation.newAccount.heading")}</h2>
      <p className="body">{t("invitation.newAccount.intro", { email: invitation.email })}</p>
      {state.status === "signedIn" && (
        <div className="inset-text">
          <p>{t("invitation.newAccount.signedInAsOther", { current: state.me.email })}</p>
        </div>
      )}
      <AccountFields
        fields={FIELDS}
        bind={form.field}
        holder="self"
        passwordLabel={t("invitation.newAccount.passwordLabel")}
      />
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting ? t("invitation.accepting") : t("invitation.newAccount.submit")}
      </button>
    </form>
  );
}
