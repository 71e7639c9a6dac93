import { type FormEvent, type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type FormProblem } from "../../../../components/Form/ErrorSummary.tsx";

interface InlineFormProps {
  /** Unique to the form (`useFormSubmission().id`). */
  id: string;
  heading: string;
  submitLabel: string;
  submitting: boolean;
  problems: FormProblem[];
  /** The control that takes focus when the form opens. */
  focusId: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
  /** A destructive action (hiding a comment) gets a warning-coloured button. */
  warning?: boolean;
}

/**
 * A small form opened inside a thread (reply, edit, answer, decline, hide): named by its
 * heading, focused on its first field when it opens, closed with Cancel or Escape.
 */
export function InlineForm({
  id,
  heading,
  submitLabel,
  submitting,
  problems,
  focusId,
  onSubmit,
  onCancel,
  children,
  warning,
}: InlineFormProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.getElementById(focusId)?.focus();
  }, [focusId]);
  return (
    <form
      className="comment-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        onCancel();
      }}
    >
      <h4 id={`${id}-heading`} className="comment-form__heading">
        {heading}
      </h4>
      <ErrorSummary problems={problems} />
      {children}
      <div className="button-group button-group--tight">
        <button
          type="submit"
          className={warning ? "button button--small button--warning" : "button button--small"}
          disabled={submitting}
        >
          {submitLabel}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>
          {t("comments.cancel")}
        </button>
      </div>
    </form>
  );
}
