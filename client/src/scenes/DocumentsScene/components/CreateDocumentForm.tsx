import { useTranslation } from "react-i18next";
import { DocumentCreateSchema, type DocumentSummary } from "../../../../../shared/schemas/index.ts";
import { createDocument, isApiError } from "../../../api/index.ts";
import { FormPanel } from "../../../components/Form/FormPanel.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import { useFormSubmission } from "../../../components/Form/useFormSubmission.ts";

const FIELDS = ["title"] as const;

interface CreateDocumentFormProps {
  onCreated: (document: DocumentSummary) => void;
}

/**
 * Starts a new draft. The title is checked with the shared schema first so the message is in
 * the reader's language; whatever the server still refuses is shown with the server's message.
 */
export function CreateDocumentForm({ onCreated }: CreateDocumentFormProps) {
  const { t } = useTranslation();
  const form = useFormSubmission({
    fields: FIELDS,
    initialValues: { title: "" },
    schema: DocumentCreateSchema,
    texts: {
      title: {
        label: t("documents.create.titleLabel"),
        required: t("documents.create.titleRequired"),
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
      <button type="submit" className="button" disabled={form.submitting}>
        {form.submitting ? t("documents.create.submitting") : t("documents.create.submit")}
      </button>
    </FormPanel>
  );
}
