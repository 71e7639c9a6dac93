import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Me, ProfileUpdateSchema } from "../../../../../shared/schemas/index.ts";
import { updateProfile } from "../../../api/index.ts";
import { ErrorSummary, type FormProblem } from "../../../components/Form/ErrorSummary.tsx";
import {
  type FieldErrors,
  problemsOf,
  serverFieldError,
  validateFields,
} from "../../../components/Form/fieldErrors.ts";
import { TextAreaField } from "../../../components/Form/TextAreaField.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useSession } from "../../../hooks/useSession.ts";

type Field = "name" | "affiliation" | "interests";
const FIELDS: readonly Field[] = ["name", "affiliation", "interests"];

/**
 * Name, affiliation and declaration of interests: what others see next to everything this
 * person writes, so readers can judge conflicts of interest.
 */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const id = useId();
  const { updateMe } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({
    name: me.name,
    affiliation: me.affiliation,
    interests: me.interests,
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formProblem, setFormProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const fieldId = (field: Field) => `${id}-${field}`;
  const change = (field: Field) => (value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(null);
    setSaved(false);
    const local = validateFields(
      ProfileUpdateSchema,
      values,
      {
        name: { label: t("fields.name.label"), required: t("fields.name.required") },
        affiliation: { label: t("profile.affiliation.label") },
        interests: { label: t("profile.interests.label") },
      },
      t,
    );
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    try {
      const updated = await updateProfile(ProfileUpdateSchema.parse(values));
      updateMe(updated);
      setSaved(true);
    } catch (error) {
      const fieldError = serverFieldError(error, FIELDS);
      if (fieldError) setErrors(fieldError);
      else setFormProblem({ message: t("profile.saveFailed") });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="panel"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h2 id={`${id}-heading`} className="heading-m">
        {t("profile.form.heading")}
      </h2>
      <ErrorSummary problems={formProblem ? [formProblem] : problemsOf(errors, FIELDS, fieldId)} />
      <TextField
        id={fieldId("name")}
        label={t("fields.name.label")}
        hint={t("fields.name.hint")}
        autoComplete="name"
        value={values.name}
        error={errors.name}
        onChange={change("name")}
      />
      <TextField
        id={fieldId("affiliation")}
        label={t("profile.affiliation.label")}
        hint={t("profile.affiliation.hint")}
        autoComplete="organization-title"
        value={values.affiliation}
        error={errors.affiliation}
        onChange={change("affiliation")}
      />
      <TextAreaField
        id={fieldId("interests")}
        label={t("profile.interests.label")}
        hint={t("profile.interests.hint")}
        value={values.interests}
        error={errors.interests}
        onChange={change("interests")}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t("profile.form.saving") : t("profile.form.save")}
        </button>
        <p role="status" className="inline-status">
          {saved ? t("profile.form.saved") : ""}
        </p>
      </div>
    </form>
  );
}
