import { type FieldProps, FieldShell } from "./FieldShell.tsx";

interface SelectFieldProps<T extends string> extends FieldProps<T> {
  options: readonly { value: T; label: string }[];
  disabled?: boolean;
}

/** A labelled drop-down of fixed options with hint and error. */
export function SelectField<T extends string>({
  id,
  label,
  hint,
  error,
  value,
  options,
  onChange,
  disabled,
}: SelectFieldProps<T>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select
          className="select"
          {...control}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
