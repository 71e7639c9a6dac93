import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DocumentCreateSchema, type DocumentSummary } from "../../../../../shared/schemas/index.ts";
import { ApiRequestError, createDocument } from "../../../api/index.ts";

/** Same limit as `DocumentCreateSchema`; only used to word the message. */
const TITLE_MAX_LENGTH = 200;

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

  const localTitleError = (value: string): string | null => {
    const result = DocumentCreateSchema.safeParse({ title: value });
    if (result.success) return null;
    const tooLong = result.error.issues.some((issue) => issue.code === "too_big");
    return tooLong
      ? t("documents.create.titleTooLong", { max: TITLE_MAX_LENGTH })
      : t("documents.create.titleRequired");
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const localError = localTitleError(title);
    setFieldError(localError);
    if (localError) return;
    setSubmitting(true);
    try {
      const created = await createDocument({ title: title.trim() });
      setTitle("");
      onCreated(created);
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 400 && error.error) {
        setFieldError(error.error.message);
      } else {
        setFormError(t("documents.create.failed"));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
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
      <div className={fieldError ? "form-group form-group--error" : "form-group"}>
        <label className="label" htmlFor={`${id}-title`}>
          {t("documents.create.titleLabel")}
        </label>
        <p id={hintId} className="hint">
          {t("documents.create.titleHint")}
        </p>
        {fieldError && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{t("documents.create.errorPrefix")}</span>{" "}
            {fieldError}
          </p>
        )}
        <input
          id={`${id}-title`}
          className="input"
          name="title"
          autoComplete="off"
          value={title}
          aria-describedby={fieldError ? `${hintId} ${errorId}` : hintId}
          aria-invalid={fieldError ? true : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={submitting} aria-disabled={submitting}>
        {submitting ? t("documents.create.submitting") : t("documents.create.submit")}
      </button>
    </form>
  );
}
