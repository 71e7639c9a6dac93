import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RoundView } from "../../../../shared/schemas/index.ts";
import { formatInZone } from "./roundTime.ts";

/** The published conclusion of a round: what changed and why, by whom and when. */
export function RoundConclusion({ round }: { round: RoundView }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  if (round.conclusion === null) return null;
  return (
    <section
      className="round-conclusion"
      aria-labelledby={headingId}
      data-testid="round-conclusion"
    >
      <h3 id={headingId} className="heading-s round-conclusion__heading">
        {t("rounds.conclusion.heading")}
      </h3>
      <p className="round-text">{round.conclusion}</p>
      {round.concludedAt && (
        <p className="round-conclusion__by">
          {t("rounds.conclusion.by", {
            name: round.concludedBy?.name ?? "—",
            date: formatInZone(round.concludedAt, round.timeZone, i18n.language),
          })}
        </p>
      )}
    </section>
  );
}
