import { type FormEvent, type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, type FormProblem } from "../../../../components/Form/ErrorSummary.tsx";

/** What the frame needs of the form's submission (`useFormSubmission()`). */
interface InlineFormSubmission {
  /** Unique to the form. */
  id: string;
  submitting: boolean;
  problems: FormProblem[];
  handleSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

interface InlineFormProps {
  form: InlineFormSubmission;
  heading: string;
  submitLabel: string;
  /** The control that takes focus when the form opens. */
  focusId: string;
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
  form,
  heading,
  submitLabel,
  focusId,
  onCancel,
  children,
  warning,
}: InlineFormProps) {
  const { t } = useTranslation();
  const { id, submitting, problems } = form;
  useEffect(() => {
    document.getElementById(focusId)?.focus();
  }, [focusId]);
  return (
    <form
      className="comment-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={form.handleSubmit}
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
