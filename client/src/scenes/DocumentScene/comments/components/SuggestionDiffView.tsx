import { useTranslation } from "react-i18next";
import { suggestionDiff } from "../suggestionDiff.ts";

/** A suggestion as a tracked change: the words it removes struck through, its words inserted. */
export function SuggestionDiffView({ quote, proposed }: { quote: string; proposed: string }) {
  const { t } = useTranslation();
  const diff = suggestionDiff(quote, proposed);
  return (
    <p className="suggestion-diff" lang="id">
      <span className="visually-hidden">{t("comments.suggestion.diffLabel")} </span>
      {diff.before}
      {diff.deleted && (
        <del className="suggestion-diff__deleted">
          <span className="visually-hidden">{t("comments.suggestion.deleted")} </span>
          {diff.deleted}
        </del>
      )}
      {diff.inserted && (
        <ins className="suggestion-diff__inserted">
          <span className="visually-hidden">{t("comments.suggestion.inserted")} </span>
          {diff.inserted}
        </ins>
      )}
      {diff.after}
    </p>
  );
}
