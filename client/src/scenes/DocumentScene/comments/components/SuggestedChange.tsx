import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SuggestionDiffView } from "./SuggestionDiffView.tsx";

/** A suggestion's proposed wording as a tracked change of the passage, then what became of it. */
export function SuggestedChange({
  quote,
  proposed,
  children,
}: {
  quote: string;
  proposed: string;
  /** What became of the suggestion, or the controls to decide it. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="comment-suggestion">
      <p className="comment-suggestion__heading">{t("comments.suggestion.heading")}</p>
      <SuggestionDiffView quote={quote} proposed={proposed} />
      {children}
    </div>
  );
}
