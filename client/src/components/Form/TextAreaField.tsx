import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldShell } from "./FieldShell.tsx";

interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "onChange" | "value"> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  value: string;
  onChange: (value: string) => void;
}

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
