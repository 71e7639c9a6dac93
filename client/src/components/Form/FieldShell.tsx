import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Ids and ARIA attributes a field's control needs to be tied to its hint and error. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

/** What every single-value field takes: its id, label, hint, error, value and change handler. */
export interface FieldProps<T> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  value: T;
  onChange: (value: T) => void;
}

interface FieldMessagesProps {
  id: string;
  hint?: ReactNode;
  error?: string | null | undefined;
}

/** The ids of a field's hint and error, for `aria-describedby`; empty when it has neither. */
export function describedByOf({ id, hint, error }: FieldMessagesProps): string {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
}

/** A field's hint and error message, with the ids `describedByOf` names. */
export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t("form.errorPrefix")}</span> {error}
        </p>
      )}
    </>
  );
}

interface FieldShellProps extends FieldMessagesProps {
  label: string;
  /** Renders the control with the ids and ARIA attributes it must carry. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * One form field in the GOV.UK pattern — label, hint, error, control — with the error tied to
 * the control (`aria-describedby`, `aria-invalid`) and marked by a red bar, never colour alone.
 */
export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  const describedBy = describedByOf({ id, hint, error });
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true as const } : {}),
      })}
    </div>
  );
}
