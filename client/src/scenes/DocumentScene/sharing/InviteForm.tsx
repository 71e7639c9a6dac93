import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DOCUMENT_ROLES, type DocumentRole } from "../../../../../shared/permissions.ts";
import { InvitationCreateSchema } from "../../../../../shared/schemas/index.ts";
import { createInvitation, type InvitationCreated } from "../../../api/index.ts";
import {
  type FieldErrors,
  serverFieldError,
  validateFields,
} from "../../../components/Form/fieldErrors.ts";
import { RadioGroup } from "../../../components/Form/RadioGroup.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { InvitationLink } from "./InvitationLink.tsx";

type Field = "email" | "role";

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
  const id = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<DocumentRole | null>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<InvitationCreated | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const local = validateFields(
      InvitationCreateSchema,
      { email, role },
      {
        email: { label: t("fields.email.label"), required: t("sharing.invite.emailRequired") },
        role: { label: t("sharing.invite.roleLegend"), required: t("sharing.invite.roleRequired") },
      },
      t,
    );
    setErrors(local);
    if (Object.keys(local).length > 0 || role === null) return;
    setSubmitting(true);
    try {
      setCreated(await createInvitation(documentId, { email: email.trim(), role }));
      setEmail("");
      setRole(null);
      onInvited();
    } catch (error) {
      const fieldError = serverFieldError(error, ["email", "role"] as const);
      if (fieldError) setErrors(fieldError);
      else setFormError(t("sharing.invite.failed"));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="heading-m">
        {t("sharing.invite.heading")}
      </h3>
      {created && <InvitationLink invitation={created} />}
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        {formError && (
          <p className="error-message" role="alert">
            {formError}
          </p>
        )}
        <TextField
          id={`${id}-email`}
          label={t("sharing.invite.emailLabel")}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          error={errors.email}
          onChange={setEmail}
        />
        <RadioGroup
          id={`${id}-role`}
          name="invite-role"
          legend={t("sharing.invite.roleLegend")}
          value={role}
          error={errors.role}
          small
          options={DOCUMENT_ROLES.map((value) => ({
            value,
            label: t(`roles.${value}.name`),
            hint: t(`roles.${value}.description`),
          }))}
          onChange={setRole}
        />
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t("sharing.invite.submitting") : t("sharing.invite.submit")}
        </button>
      </form>
    </section>
  );
}
