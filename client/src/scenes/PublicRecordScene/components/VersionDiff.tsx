import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { diffDrafts, diffStats } from "../../../../../shared/diff/index.ts";
import { schemaForForm } from "../../../../../shared/editor/freeSchema.ts";
import type { DocumentForm } from "../../../../../shared/schemas/index.ts";
import { changedRows, diffRows } from "../../../components/Diff/diffRows.ts";
import { DiffView } from "../../../components/Diff/DiffView.tsx";

interface VersionDiffProps {
  form: DocumentForm;
  before: { number: number; content: Record<string, unknown> };
  after: { number: number; content: Record<string, unknown> };
}

/**
 * What changed from the previous round's version to this one, block by block and word by word,
 * in the draft's structure (BAB, Pasal, ayat; headings and lists): deletions struck through and
 * insertions underlined, each also said in words. There is no public diff route, so it is computed
 * here from the two published versions with the drafters' own diff, and drawn by the same
 * component as their comparison page. Only the changed passages at first; inline or side by side.
 */
export function VersionDiff({ form, before, after }: VersionDiffProps) {
  const { t } = useTranslation();
  const toggleId = useId();
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [mode, setMode] = useState<"inline" | "sideBySide">("inline");
  const entries = useMemo(
    () => diffDrafts(before.content, after.content, schemaForForm(form)),
    [before.content, after.content, form],
  );
  const rows = useMemo(() => {
    const all = diffRows(entries);
    return onlyChanges ? changedRows(all) : all;
  }, [entries, onlyChanges]);
  const stats = diffStats(entries);
  const beforeName = t("diff.version", { number: before.number });
  const afterName = t("diff.version", { number: after.number });

  return (
    <div className="version-diff" data-testid="version-diff">
      <p className="version-diff__summary">
        {t("public.diff.summary", {
          changed: stats.changed,
          added: stats.added,
          removed: stats.removed,
          moved: stats.moved,
          inserted: stats.wordsInserted,
          deleted: stats.wordsDeleted,
        })}
      </p>
      <div className="diff-controls">
        <fieldset className="diff-controls__mode">
          <legend className="visually-hidden">{t("diff.modeLegend")}</legend>
          {(["inline", "sideBySide"] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="button button--secondary button--small diff-controls__toggle"
              aria-pressed={mode === value}
              onClick={() => setMode(value)}
            >
              {t(`diff.mode.${value}`)}
            </button>
          ))}
        </fieldset>
        <div className="checkbox diff-controls__only">
          <input
            id={toggleId}
            type="checkbox"
            className="checkbox__input"
            checked={onlyChanges}
            onChange={(event) => setOnlyChanges(event.target.checked)}
          />
          <label htmlFor={toggleId} className="checkbox__label">
            {t("diff.onlyChanges")}
          </label>
        </div>
      </div>
      <DiffView rows={rows} mode={mode} beforeName={beforeName} afterName={afterName} />
    </div>
  );
}
