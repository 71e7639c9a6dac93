import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DOCUMENT_ROLES, type DocumentRole } from "../../../../../shared/permissions.ts";
import { InvitationCreateSchema } from "../../../../../shared/schemas/index.ts";
import { createInvitation, type InvitationCreated } from "../../../api/index.ts";
import { RadioGroup } from "../../../components/Form/RadioGroup.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import { InvitationLink } from "./InvitationLink.tsx";

const FIELDS = ["email", "role"] as const;
const EMPTY: { email: string; role: DocumentRole | null } = { email: "", role: null };

interface InviteFormProps {
  documentId: string;
  onInvited: () => void;
}

/**
 * Invites someone by email with a role. There is no mail server: the answer is a link the
 * owner copies and sends themselves.
 */
export function InviteForm({ documentId, onInvited }: InviteFormProps) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const form = useFormSubmission({
    fields: FIELDS,
    initialValues: EMPTY,
    schema: InvitationCreateSchema,
    texts: {
      email: { label: t("fields.email.label"), required: t("sharing.invite.emailRequired") },
      role: { label: t("sharing.invite.roleLegend"), required: t("sharing.invite.roleRequired") },
    },
    send: async ({ role }, values) => {
      setCreated(await createInvitation(documentId, { email: values.email.trim(), role }));
      form.reset();
      onInvited();
    },
    describeFailure: () => t("sharing.invite.failed"),
  });
  const { id } = form;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="heading-m">
        {t("sharing.invite.heading")}
      </h3>
      {created && <InvitationLink invitation={created} />}
      <form noValidate onSubmit={form.handleSubmit}>
        {form.formProblem && (
          <p className="error-message" role="alert">
            {form.formProblem}
          </p>
        )}
        <TextField
          {...form.field("email")}
          label={t("sharing.invite.emailLabel")}
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
        <RadioGroup
          {...form.field("role")}
          name="invite-role"
          legend={t("sharing.invite.roleLegend")}
          small
          options={DOCUMENT_ROLES.map((value) => ({
            value,
            label: t(`roles.${value}.name`),
            hint: t(`roles.${value}.description`),
          }))}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t("sharing.invite.submitting") : t("sharing.invite.submit")}
        </button>
      </form>
    </section>
  );
}
