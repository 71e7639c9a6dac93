import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { DiffDisplay } from "./useDiffDisplay.ts";

const MODES = ["inline", "sideBySide"] as const;

/** Inline or side by side, and every passage or only the changed ones, above a `DiffView`. */
export function DiffControls({ display }: { display: DiffDisplay }) {
  const { t } = useTranslation();
  const onlyId = useId();
  return (
    <div className="diff-controls">
      <fieldset className="diff-controls__mode">
        <legend className="visually-hidden">{t("diff.modeLegend")}</legend>
        {MODES.map((value) => (
          <button
            key={value}
            type="button"
            className="button button--secondary button--small diff-controls__toggle"
            aria-pressed={display.mode === value}
            onClick={() => display.setMode(value)}
          >
            {t(`diff.mode.${value}`)}
          </button>
        ))}
      </fieldset>
      <div className="checkbox diff-controls__only">
        <input
          id={onlyId}
          className="checkbox__input"
          type="checkbox"
          checked={display.onlyChanges}
          onChange={(event) => display.setOnlyChanges(event.target.checked)}
        />
        <label className="checkbox__label" htmlFor={onlyId}>
          {t("diff.onlyChanges")}
        </label>
      </div>
    </div>
  );
}
