import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { DOCX_MEDIA_TYPE, importWordDraft, isApiError } from "../../../api/index.ts";
import { FieldShell } from "../../../components/Form/FieldShell.tsx";
import { FormPanel } from "../../../components/Form/FormPanel.tsx";
import { TextField } from "../../../components/Form/TextField.tsx";
import type { ImportedState } from "../../DocumentScene/components/ImportNotice.tsx";

/** Error ids of the import route that have their own message, with their status. */
const IMPORT_ERRORS = [
  ["not_docx", 415],
  ["unreadable_docx", 422],
  ["not_a_regulation", 422],
  ["docx_too_large", 413],
  ["import_in_progress", 429],
  ["import_busy", 503],
] as const;

/**
 * Starts a structured draft from an existing Word file. On success the new draft opens, with
 * the passages that were not recognised listed for the drafter to fix; otherwise the reason is
 * shown here, and nothing was created.
 */
export function ImportWordForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fieldId = useId();
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ title?: string; file?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const describeFailure = (error: unknown): string => {
    if (isApiError(error, 403)) return t("documents.create.notAllowed");
    // A file over the upload limit is refused before it is read: too large all the same.
    if (isApiError(error, 413)) return t("documents.import.error.docx_too_large");
    for (const [id, status] of IMPORT_ERRORS) {
      if (isApiError(error, status, id)) return t(`documents.import.error.${id}`);
    }
    return t("documents.import.error.failed");
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(title.trim() === "" ? { title: t("documents.create.titleRequired") } : {}),
      ...(file === null ? { file: t("documents.import.fileRequired") } : {}),
    };
    setErrors(found);
    setProblem(null);
    if (file === null || found.title) return;
    setSubmitting(true);
    try {
      const imported = await importWordDraft(file, title.trim());
      const state: ImportedState = { unrecognised: imported.unrecognised };
      navigate(`/documents/${imported.document.id}`, { state });
    } catch (error) {
      setProblem(describeFailure(error));
      setSubmitting(false);
    }
  };

  return (
    <FormPanel heading={t("documents.import.heading")} onSubmit={handleSubmit}>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      <TextField
        id={`${fieldId}-title`}
        label={t("documents.create.titleLabel")}
        hint={t("documents.create.titleHint")}
        error={errors.title}
        value={title}
        onChange={setTitle}
        name="title"
        autoComplete="off"
      />
      <FieldShell
        id={`${fieldId}-file`}
        label={t("documents.import.fileLabel")}
        hint={t("documents.import.fileHint")}
        error={errors.file}
      >
        {(control) => (
          <input
            className="input"
            type="file"
            name="file"
            accept={`.docx,${DOCX_MEDIA_TYPE}`}
            {...control}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </FieldShell>
      <button type="submit" className="button" disabled={submitting}>
        {submitting ? t("documents.import.submitting") : t("documents.import.submit")}
      </button>
    </FormPanel>
  );
}
