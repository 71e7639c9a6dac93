import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { DraftDiffStats } from "../../../../shared/diff/types.ts";

/** The summary of changes at the top of a comparison: words in and out, blocks by what happened. */
export function DiffSummary({ stats }: { stats: DraftDiffStats }) {
  const { t } = useTranslation();
  const headingId = useId();
  const same = stats.changed + stats.added + stats.removed + stats.moved + stats.renumbered === 0;
  // Words always; kinds of change only when there are any, so the summary stays short.
  const blocks: [string, number, string][] = [
    ["changed", stats.changed, "diff-stat--changed"],
    ["added", stats.added, "diff-stat--inserted"],
    ["removed", stats.removed, "diff-stat--deleted"],
    ["moved", stats.moved, "diff-stat--moved"],
    ["renumbered", stats.renumbered, ""],
  ];
  const items: [string, number, string][] = [
    ["wordsInserted", stats.wordsInserted, "diff-stat--inserted"],
    ["wordsDeleted", stats.wordsDeleted, "diff-stat--deleted"],
    ...blocks.filter(([, count]) => count > 0),
  ];
  return (
    <section className="diff-summary" aria-labelledby={headingId} data-testid="diff-summary">
      <h2 id={headingId} className="heading-m">
        {t("diff.summary.heading")}
      </h2>
      {same ? (
        <p className="body">{t("diff.summary.same")}</p>
      ) : (
        <ul className="diff-stats">
          {items.map(([key, count, modifier]) => (
            <li key={key} className={`diff-stat ${modifier}`}>
              <span className="diff-stat__count">{count}</span>{" "}
              <span className="diff-stat__label">{t(`diff.summary.${key}`, { count })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
