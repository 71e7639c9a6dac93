import type { TextareaHTMLAttributes } from "react";
import { type FieldProps, FieldShell } from "./FieldShell.tsx";

interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "onChange" | "value">,
    FieldProps<string> {}

/** A labelled multi-line text field with hint and error. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          className="input textarea"
          rows={5}
          {...textarea}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
