import type { InputHTMLAttributes } from "react";
import { type FieldProps, FieldShell } from "./FieldShell.tsx";

interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange" | "value">,
    FieldProps<string> {}

/** A labelled text input (also email and password) with hint and error. */
export function TextField({ id, label, hint, error, value, onChange, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          className="input"
          {...input}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
