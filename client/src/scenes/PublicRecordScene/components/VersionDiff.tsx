import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { diffDrafts, diffStats } from "../../../../../shared/diff/index.ts";
import { schemaForForm } from "../../../../../shared/editor/freeSchema.ts";
import type { DocumentForm } from "../../../../../shared/schemas/index.ts";
import { DiffControls } from "../../../components/Diff/DiffControls.tsx";
import { DiffView } from "../../../components/Diff/DiffView.tsx";
import { useDiffDisplay } from "../../../components/Diff/useDiffDisplay.ts";

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
  const entries = useMemo(
    () => diffDrafts(before.content, after.content, schemaForForm(form)),
    [before.content, after.content, form],
  );
  const display = useDiffDisplay(entries);
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
      <DiffControls display={display} />
      <DiffView
        rows={display.rows}
        mode={display.mode}
        beforeName={beforeName}
        afterName={afterName}
      />
    </div>
  );
}
