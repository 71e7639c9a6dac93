import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Me, ProfileUpdateSchema } from "../../../../../shared/schemas/index.ts";
import { isApiError, updateProfile } from "../../../api/index.ts";
import { AccountFields } from "../../../components/Form/AccountFields.tsx";
import { ErrorSummary } from "../../../components/Form/ErrorSummary.tsx";
import { FormPanel } from "../../../components/Form/FormPanel.tsx";
import { TextAreaField } from "../../../components/Form/TextAreaField.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import { useAccountFieldTexts } from "../../../hooks/useAccountFieldTexts.ts";
import { useSession } from "../../../hooks/useSession.ts";

const FIELDS = ["name", "affiliation", "interests"] as const;
type Field = (typeof FIELDS)[number];

/**
 * Name, affiliation and declaration of interests: what others see next to everything this
 * person writes, so readers can judge conflicts of interest.
 */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { updateMe } = useSession();
  const accountTexts = useAccountFieldTexts();
  const [saved, setSaved] = useState(false);
  const form = useFormSubmission({
    fields: FIELDS,
    initialValues: { name: me.name, affiliation: me.affiliation, interests: me.interests },
    schema: ProfileUpdateSchema,
    texts: {
      name: accountTexts.name,
      affiliation: { label: t("profile.affiliation.label") },
      interests: { label: t("profile.interests.label") },
    },
    send: async (profile) => {
      updateMe(await updateProfile(profile));
      setSaved(true);
    },
    describeFailure: (error) =>
      isApiError(error, 429, "rate_limited") ? t("profile.saveTooOften") : t("profile.saveFailed"),
  });
  // An edit makes "Saved" untrue until the next save.
  const field = (name: Field) => {
    const binding = form.field(name);
    return {
      ...binding,
      onChange: (value: string) => {
        setSaved(false);
        binding.onChange(value);
      },
    };
  };
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    setSaved(false);
    form.handleSubmit(event);
  };

  return (
    <FormPanel heading={t("profile.form.heading")} onSubmit={handleSubmit}>
      <ErrorSummary problems={form.problems} />
      <AccountFields fields={["name"]} bind={field} holder="self" />
      <TextField
        {...field("affiliation")}
        label={t("profile.affiliation.label")}
        hint={t("profile.affiliation.hint")}
        autoComplete="organization-title"
      />
      <TextAreaField
        {...field("interests")}
        label={t("profile.interests.label")}
        hint={t("profile.interests.hint")}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t("profile.form.saving") : t("profile.form.save")}
        </button>
        <p role="status" className="inline-status">
          {saved ? t("profile.form.saved") : ""}
        </p>
      </div>
    </FormPanel>
  );
}
