import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DocumentCreateSchema, type DocumentSummary } from "../../../../../shared/schemas/index.ts";
import { createDocument, isApiError } from "../../../api/index.ts";
import { serverFieldError, validateFields } from "../../../components/Form/fieldErrors.ts";
import { TextField } from "../../../components/Form/TextField.tsx";

interface CreateDocumentFormProps {
  onCreated: (document: DocumentSummary) => void;
}

/**
 * Starts a new draft. The title is checked with the shared schema first so the message is in
 * the reader's language; whatever the server still refuses is shown with the server's message.
 */
export function CreateDocumentForm({ onCreated }: CreateDocumentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const local = validateFields(
      DocumentCreateSchema,
      { title },
      {
        title: {
          label: t("documents.create.titleLabel"),
          required: t("documents.create.titleRequired"),
        },
      },
      t,
    );
    setFieldError(local.title ?? null);
    if (local.title) return;
    setSubmitting(true);
    try {
      const created = await createDocument({ title: title.trim() });
      setTitle("");
      onCreated(created);
    } catch (error) {
      const serverError = serverFieldError(error, ["title"] as const);
      if (serverError?.title) setFieldError(serverError.title);
      else if (isApiError(error, 403)) setFormError(t("documents.create.notAllowed"));
      else setFormError(t("documents.create.failed"));
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
        {t("documents.create.heading")}
      </h2>
      {formError && (
        <p className="error-message" role="alert">
          {formError}
        </p>
      )}
      <TextField
        id={`${id}-title`}
        label={t("documents.create.titleLabel")}
        hint={t("documents.create.titleHint")}
        name="title"
        autoComplete="off"
        value={title}
        error={fieldError}
        onChange={setTitle}
      />
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t("documents.create.submitting") : t("documents.create.submit")}
      </button>
    </form>
  );
}
