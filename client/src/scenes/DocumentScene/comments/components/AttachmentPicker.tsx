import { useTranslation } from "react-i18next";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_COMMENT,
} from "../../../../../../shared/schemas/index.ts";

interface AttachmentPickerProps {
  id: string;
  files: File[];
  error: string | null;
  onChange: (files: File[], error: string | null) => void;
}

/** Why these files cannot be attached, or null: PDF only, 10 MB each, five at most. */
export function attachmentProblem(files: readonly File[]): "type" | "size" | "count" | null {
  if (files.length > ATTACHMENTS_PER_COMMENT) return "count";
  if (files.some((file) => file.type !== "application/pdf" && !/\.pdf$/i.test(file.name))) {
    return "type";
  }
  if (files.some((file) => file.size > ATTACHMENT_MAX_BYTES)) return "size";
  return null;
}

/** Optional position papers (PDF) for a new top-level comment, sent once it is posted. */
export function AttachmentPicker({ id, files, error, onChange }: AttachmentPickerProps) {
  const { t } = useTranslation();
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="label" htmlFor={id}>
        {t("comments.attachments.label")}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t("comments.attachments.hint", { count: ATTACHMENTS_PER_COMMENT })}
      </p>
      {error && (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t("form.errorPrefix")}</span> {error}
        </p>
      )}
      <input
        id={id}
        className="file-input"
        type="file"
        accept="application/pdf,.pdf"
        multiple
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const chosen = [...(event.currentTarget.files ?? [])];
          const problem = attachmentProblem(chosen);
          onChange(
            chosen,
            problem
              ? t(`comments.attachments.error.${problem}`, { count: ATTACHMENTS_PER_COMMENT })
              : null,
          );
        }}
      />
      {files.length > 0 && (
        <ul className="comment-attachments__chosen">
          {files.map((file) => (
            <li key={`${file.name}-${file.size}`}>{file.name}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
