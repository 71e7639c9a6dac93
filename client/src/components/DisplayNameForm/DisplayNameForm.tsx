import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { DISPLAY_NAME_MAX_LENGTH } from "../../hooks/useDisplayName.ts";

interface DisplayNameFormProps {
  initialName?: string;
  onSubmit: (name: string) => void;
  onCancel?: () => void;
}

/**
 * Asks for the name co-drafters will see (until accounts exist). Shown inline, with the error
 * tied to the field, in the GOV.UK pattern: label, hint, error, input.
 */
export function DisplayNameForm({ initialName = "", onSubmit, onCancel }: DisplayNameFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const headingId = `${id}-heading`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = value.trim();
    if (name.length === 0) return setError(t("displayName.required"));
    if (name.length > DISPLAY_NAME_MAX_LENGTH) {
      return setError(t("displayName.tooLong", { max: DISPLAY_NAME_MAX_LENGTH }));
    }
    setError(null);
    onSubmit(name);
  };

  return (
    <form className="panel" aria-labelledby={headingId} noValidate onSubmit={handleSubmit}>
      <h2 id={headingId} className="heading-m">
        {t("displayName.heading")}
      </h2>
      <div className={error ? "form-group form-group--error" : "form-group"}>
        <label className="label" htmlFor={`${id}-input`}>
          {t("displayName.label")}
        </label>
        <p id={hintId} className="hint">
          {t("displayName.hint")}
        </p>
        {error && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{t("displayName.errorPrefix")}</span> {error}
          </p>
        )}
        <input
          id={`${id}-input`}
          className="input"
          name="displayName"
          autoComplete="name"
          value={value}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          // Only when asked for from "Change your name": the button that opened it is gone.
          // biome-ignore lint/a11y/noAutofocus: focus follows the person's own action
          autoFocus={onCancel !== undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          {t("displayName.submit")}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t("displayName.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
