import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ORGANISATION_KINDS,
  type Organisation,
  OrganisationCreateSchema,
  type OrganisationKind,
} from "../../../../../shared/schemas/index.ts";
import { createOrganisation } from "../../../api/index.ts";
import { ErrorSummary, type FormProblem } from "../../../components/Form/ErrorSummary.tsx";
import {
  type FieldErrors,
  problemsOf,
  serverFieldError,
  validateFields,
} from "../../../components/Form/fieldErrors.ts";
import { RadioGroup } from "../../../components/Form/RadioGroup.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useSession } from "../../../hooks/useSession.ts";

type Field = "name" | "kind";
const FIELDS: readonly Field[] = ["name", "kind"];

/**
 * Registers an organisation. Its creator becomes a member; it stays unverified until an
 * administrator checks it, so nobody can claim to speak for a ministry by typing its name.
 */
export function CreateOrganisationForm({
  onCreated,
}: {
  onCreated: (organisation: Organisation) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { refresh } = useSession();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<OrganisationKind | null>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formProblem, setFormProblem] = useState<FormProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = (field: Field) => `${id}-${field}`;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(null);
    const local = validateFields(
      OrganisationCreateSchema,
      { name, kind },
      {
        name: {
          label: t("organisations.create.nameLabel"),
          required: t("organisations.create.nameRequired"),
        },
        kind: {
          label: t("organisations.create.kindLegend"),
          required: t("organisations.create.kindRequired"),
        },
      },
      t,
    );
    setErrors(local);
    if (Object.keys(local).length > 0 || kind === null) return;
    setSubmitting(true);
    try {
      const organisation = await createOrganisation({ name: name.trim(), kind });
      setName("");
      setKind(null);
      onCreated(organisation);
      // The creator is now a member: their profile lists it.
      void refresh();
    } catch (error) {
      const fieldError = serverFieldError(error, FIELDS);
      if (fieldError) setErrors(fieldError);
      else setFormProblem({ message: t("organisations.create.failed") });
    } finally {
      setSubmitting(false);
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
        {t("organisations.create.heading")}
      </h2>
      <ErrorSummary problems={formProblem ? [formProblem] : problemsOf(errors, FIELDS, fieldId)} />
      <TextField
        id={fieldId("name")}
        label={t("organisations.create.nameLabel")}
        hint={t("organisations.create.nameHint")}
        autoComplete="organization"
        value={name}
        error={errors.name}
        onChange={setName}
      />
      <RadioGroup
        id={fieldId("kind")}
        name="kind"
        legend={t("organisations.create.kindLegend")}
        value={kind}
        error={errors.kind}
        options={ORGANISATION_KINDS.map((value) => ({
          value,
          label: t(`organisationKinds.${value}`),
        }))}
        onChange={setKind}
      />
      <p className="body muted">{t("organisations.create.verificationNote")}</p>
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t("organisations.create.submitting") : t("organisations.create.submit")}
      </button>
    </form>
  );
}
