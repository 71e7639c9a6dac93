import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Ids and ARIA attributes a field's control needs to be tied to its hint and error. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /** Renders the control with the ids and ARIA attributes it must carry. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * One form field in the GOV.UK pattern — label, hint, error, control — with the error tied to
 * the control (`aria-describedby`, `aria-invalid`) and marked by a red bar, never colour alone.
 */
export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="error-message">
          <span className="visually-hidden">{t("form.errorPrefix")}</span> {error}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true as const } : {}),
      })}
    </div>
  );
}
