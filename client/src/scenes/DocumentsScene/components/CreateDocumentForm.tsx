import { useTranslation } from "react-i18next";
import {
  DocumentCreateSchema,
  type DocumentSummary,
  REGULATION_TEMPLATES,
  type RegulationTemplate,
} from "../../../../../shared/schemas/index.ts";
import { createDocument, isApiError } from "../../../api/index.ts";
import { FormPanel } from "../../../components/Form/FormPanel.tsx";
import { RadioGroup } from "../../../components/Form/RadioGroup.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";

const FIELDS = ["title", "template"] as const;

/** A regulation template, or free paragraphs as before structured drafts existed. */
type DraftStart = RegulationTemplate | "free";
const DRAFT_STARTS: readonly DraftStart[] = [...REGULATION_TEMPLATES, "free"];
const EMPTY: { title: string; template: DraftStart } = { title: "", template: "free" };

interface CreateDocumentFormProps {
  onCreated: (document: DocumentSummary) => void;
}

/**
 * Starts a new draft, free text or from a regulation template (the server seeds the template's
 * structure, in Indonesian). The title is checked with the shared schema first so the message is in
 * the reader's language; whatever the server still refuses is shown with the server's message.
 */
export function CreateDocumentForm({ onCreated }: CreateDocumentFormProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: FIELDS,
    initialValues: EMPTY,
    schema: DocumentCreateSchema,
    toInput: ({ title, template }) => ({
      title,
      template: template === "free" ? undefined : template,
    }),
    texts: {
      title: {
        label: t("documents.create.titleLabel"),
        required: t("documents.create.titleRequired"),
      },
      template: {
        label: t("documents.create.template.legend"),
        required: t("documents.create.template.legend"),
      },
    },
    send: async (draft) => {
      const created = await createDocument(draft);
      form.reset();
      onCreated(created);
    },
    describeFailure: (error) =>
      isApiError(error, 403) ? t("documents.create.notAllowed") : t("documents.create.failed"),
  });

  return (
    <FormPanel heading={t("documents.create.heading")} onSubmit={form.handleSubmit}>
      {form.formProblem && (
        <p className="error-message" role="alert">
          {form.formProblem}
        </p>
      )}
      <TextField
        {...form.field("title")}
        label={t("documents.create.titleLabel")}
        hint={t("documents.create.titleHint")}
        name="title"
        autoComplete="off"
      />
      <RadioGroup
        {...form.field("template")}
        name="template"
        legend={t("documents.create.template.legend")}
        hint={t("documents.create.template.hint")}
        options={DRAFT_STARTS.map((value) => ({
          value,
          label: t(`documents.create.template.${value}`),
        }))}
      />
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting ? t("documents.create.submitting") : t("documents.create.submit")}
      </button>
    </FormPanel>
  );
}
