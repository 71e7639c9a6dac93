import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listOpenRounds } from "../../../api/index.ts";
import { LoadFailed } from "../../../components/LoadFailed/LoadFailed.tsx";
import { RoundCounts, RoundWindow } from "../../../components/Rounds/RoundFacts.tsx";
import { useResource } from "../../../hooks/useResource.ts";

/**
 * Consultations open now in which this person may comment, on any draft — how a reviewer of a
 * civil-society organisation without a role on the draft finds a round to take part in.
 */
export function OpenRoundsList() {
  const { t } = useTranslation();
  const headingId = useId();
  const { resource, reload } = useResource((signal) => listOpenRounds(signal), []);
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={resource.status === "loading"}
      className="open-rounds"
      data-testid="open-rounds"
    >
      <h2 id={headingId} className="heading-l">
        {t("rounds.openToYou.heading")}
      </h2>
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("rounds.openToYou.loading")}
        </p>
      )}
      {resource.status !== "loading" && resource.status !== "ready" && (
        <LoadFailed message={t("rounds.openToYou.failed")} onRetry={reload} />
      )}
      {resource.status === "ready" && resource.data.length === 0 && (
        <p className="body muted">{t("rounds.openToYou.empty")}</p>
      )}
      {resource.status === "ready" && resource.data.length > 0 && (
        <ul className="document-list">
          {resource.data.map((round) => (
            <li key={round.id} className="document-list__item">
              <Link
                className="document-list__link"
                to={`/documents/${round.documentId}/rounds/${round.number}`}
              >
                {round.documentTitle}
              </Link>
              <p className="document-list__meta">
                <span className="tag tag--green">
                  {t("rounds.badge", { number: round.number })}
                </span>{" "}
                {round.version.title}
              </p>
              <RoundWindow round={round} />
              <RoundCounts round={round} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
