import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RoundView } from "../../../../../shared/schemas/index.ts";
import {
  RoundAudience,
  RoundCounts,
  RoundStateTag,
  RoundWindow,
} from "../../../components/Rounds/RoundFacts.tsx";
import { RoundConclusion } from "../../../components/Rounds/RoundConclusion.tsx";
import { CloseRoundForm, ConclusionForm } from "./RoundDecisionForms.tsx";

interface RoundCardProps {
  documentId: string;
  round: RoundView;
  /** The person may close and conclude rounds (`document.consult`). */
  mayConsult: boolean;
  onChanged: (message: string) => void;
}

/**
 * One consultation round on the draft's page: its version, state, window in its own time
 * zone, audience, counts (unanswered flagged), the conclusion once published, and — for
 * drafters — closing it early or publishing the conclusion.
 */
export function RoundCard({ documentId, round, mayConsult, onChanged }: RoundCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [action, setAction] = useState<"close" | "conclude" | null>(null);
  const done = (_round: RoundView, message: string) => {
    setAction(null);
    onChanged(message);
  };
  const mayClose = mayConsult && (round.state === "open" || round.state === "scheduled");
  const mayConclude = mayConsult && round.state === "closed";

  return (
    <article className="round-card" aria-labelledby={headingId} data-testid="round-card">
      <div className="round-card__header">
        <h3 id={headingId} className="heading-m round-card__title">
          <Link to={`/documents/${documentId}/rounds/${round.number}`}>
            {t("rounds.cardTitle", { number: round.number, title: round.version.title })}
          </Link>
        </h3>
        <RoundStateTag state={round.state} />
      </div>
      <RoundWindow round={round} />
      <RoundAudience round={round} />
      <RoundCounts round={round} />
      <details className="round-card__summary">
        <summary>{t("rounds.summaryOfChanges")}</summary>
        <p className="round-text">{round.version.summary}</p>
      </details>
      {round.state === "concluded" && <RoundConclusion round={round} />}
      {action === "close" && (
        <CloseRoundForm
          documentId={documentId}
          round={round}
          onDone={done}
          onCancel={() => setAction(null)}
        />
      )}
      {action === "conclude" && (
        <ConclusionForm
          documentId={documentId}
          round={round}
          onDone={done}
          onCancel={() => setAction(null)}
        />
      )}
      {action === null && (mayClose || mayConclude) && (
        <div className="button-group button-group--tight round-card__actions">
          {mayClose && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setAction("close")}
            >
              {t("rounds.close.button", { number: round.number })}
            </button>
          )}
          {mayConclude && (
            <>
              {round.counts.unanswered > 0 && (
                <p className="round-card__owed">
                  {t("rounds.conclude.owed", { count: round.counts.unanswered })}
                </p>
              )}
              <button type="button" className="button" onClick={() => setAction("conclude")}>
                {t("rounds.conclude.button", { number: round.number })}
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
