import { useTranslation } from "react-i18next";
import { MembershipCreateSchema, type Organisation } from "../../../../../shared/schemas/index.ts";
import { addOrganisationMember, isApiError } from "../../../api/index.ts";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import type { AdminNotice } from "../AdminScene.tsx";

interface AddMemberFormProps {
  organisation: Organisation;
  onDone: (notice: AdminNotice) => void;
}

/** Adds an existing account, by its email, to one organisation. */
export function AddMemberForm({ organisation, onDone }: AddMemberFormProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: ["email"],
    initialValues: { email: "" },
    schema: MembershipCreateSchema,
    texts: { email: { label: t("fields.email.label"), required: t("fields.email.required") } },
    send: async (_member, values) => {
      const email = values.email.trim();
      await addOrganisationMember(organisation.id, email);
      form.reset();
      onDone({
        kind: "done",
        message: t("admin.organisations.memberAdded", { email, name: organisation.name }),
      });
    },
    // This form has no error summary: every failure is told at the field.
    describeFailure: (error) => ({
      email: isApiError(error, 404)
        ? t("admin.organisations.noSuchAccount")
        : t("admin.organisations.memberFailed"),
    }),
  });

  return (
    <form className="inline-form" noValidate onSubmit={form.handleSubmit}>
      <TextField
        {...form.field("email")}
        label={t("admin.organisations.memberLabel", { name: organisation.name })}
        type="email"
        autoComplete="off"
        spellCheck={false}
      />
      <button
        type="submit"
        className="button button--secondary button--small"
        disabled={form.submitting}
      >
        {t("admin.organisations.addMember")}
      </button>
    </form>
  );
}
