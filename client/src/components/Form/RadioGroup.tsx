import type { ReactNode } from "react";
import { describedByOf, FieldMessages } from "./FieldShell.tsx";

interface RadioGroupProps<T extends string> {
  id: string;
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  value: T | null;
  options: readonly { value: T; label: string; hint?: string }[];
  onChange: (value: T) => void;
  /** Smaller, side-by-side-friendly radios for short lists inside dialogs. */
  small?: boolean;
}

/**
 * A question answered by picking one option (GOV.UK radios): a fieldset whose legend is the
 * question, each option with an optional hint. The first radio carries `id`, so an error
 * summary link can focus the group.
 */
export function RadioGroup<T extends string>({
  id,
  name,
  legend,
  hint,
  error,
  value,
  options,
  onChange,
  small,
}: RadioGroupProps<T>) {
  const describedBy = describedByOf({ id, hint, error });
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
        <legend className="label">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={small ? "radios radios--small" : "radios"}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            // Not `${optionId}-hint`: for the first option that is the group hint's id.
            const hintId = `${id}-${option.value}-hint`;
            return (
              <div key={option.value} className="radios__item">
                <input
                  className="radios__input"
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={option.hint ? hintId : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <p id={hintId} className="hint radios__hint">
                    {option.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
