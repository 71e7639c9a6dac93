import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { MembershipCreateSchema, type Organisation } from "../../../../../shared/schemas/index.ts";
import { addOrganisationMember, isApiError } from "../../../api/index.ts";
import { validateFields } from "../../../components/Form/fieldErrors.ts";
import { TextField } from "../../../components/Form/TextField.tsx";
import type { AdminNotice } from "../AdminScene.tsx";

interface AddMemberFormProps {
  organisation: Organisation;
  onDone: (notice: AdminNotice) => void;
}

/** Adds an existing account, by its email, to one organisation. */
export function AddMemberForm({ organisation, onDone }: AddMemberFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local = validateFields(
      MembershipCreateSchema,
      { email },
      { email: { label: t("fields.email.label"), required: t("fields.email.required") } },
      t,
    );
    setError(local.email ?? null);
    if (local.email) return;
    setSubmitting(true);
    try {
      await addOrganisationMember(organisation.id, email.trim());
      setEmail("");
      onDone({
        kind: "done",
        message: t("admin.organisations.memberAdded", {
          email: email.trim(),
          name: organisation.name,
        }),
      });
    } catch (caught) {
      setError(
        isApiError(caught, 404)
          ? t("admin.organisations.noSuchAccount")
          : t("admin.organisations.memberFailed"),
      );
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="inline-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <TextField
        id={`${id}-email`}
        label={t("admin.organisations.memberLabel", { name: organisation.name })}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={email}
        error={error}
        onChange={setEmail}
      />
      <button
        type="submit"
        className="button button--secondary button--small"
        disabled={submitting}
      >
        {t("admin.organisations.addMember")}
      </button>
    </form>
  );
}
