import { useTranslation } from "react-i18next";
import {
  ORGANISATION_KINDS,
  type Organisation,
  OrganisationCreateSchema,
  type OrganisationKind,
} from "../../../../../shared/schemas/index.ts";
import { createOrganisation } from "../../../api/index.ts";
import { ErrorSummary } from "../../../components/Form/ErrorSummary.tsx";
import { FormPanel } from "../../../components/Form/FormPanel.tsx";
import { RadioGroup } from "../../../components/Form/RadioGroup.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";
import { useSession } from "../../../hooks/useSession.ts";

const FIELDS = ["name", "kind"] as const;
const EMPTY: { name: string; kind: OrganisationKind | null } = { name: "", kind: null };

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
  const { refresh } = useSession();
  const form = useFormSubmission({
    fields: FIELDS,
    initialValues: EMPTY,
    schema: OrganisationCreateSchema,
    texts: {
      name: {
        label: t("organisations.create.nameLabel"),
        required: t("organisations.create.nameRequired"),
      },
      kind: {
        label: t("organisations.create.kindLegend"),
        required: t("organisations.create.kindRequired"),
      },
    },
    send: async (registration) => {
      const organisation = await createOrganisation(registration);
      form.reset();
      onCreated(organisation);
      // The creator is now a member: their profile lists it.
      void refresh();
    },
    describeFailure: () => t("organisations.create.failed"),
  });

  return (
    <FormPanel heading={t("organisations.create.heading")} onSubmit={form.handleSubmit}>
      <ErrorSummary problems={form.problems} />
      <TextField
        {...form.field("name")}
        label={t("organisations.create.nameLabel")}
        hint={t("organisations.create.nameHint")}
        autoComplete="organization"
      />
      <RadioGroup
        {...form.field("kind")}
        name="kind"
        legend={t("organisations.create.kindLegend")}
        options={ORGANISATION_KINDS.map((value) => ({
          value,
          label: t(`organisationKinds.${value}`),
        }))}
      />
      <p className="body muted">{t("organisations.create.verificationNote")}</p>
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting ? t("organisations.create.submitting") : t("organisations.create.submit")}
      </button>
    </FormPanel>
  );
}
