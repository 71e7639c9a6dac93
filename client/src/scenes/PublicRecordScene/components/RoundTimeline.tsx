import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PublicRecord } from "../../../../../shared/schemas/index.ts";
import { ConsultationStatusTag } from "../../PublicScene/components/ConsultationList.tsx";
import { roundStatus } from "../roundStatus.ts";
import { formatInZone } from "../../../components/Rounds/roundTime.ts";

/**
 * The rounds of the consultation in order, each with its dates on its own time zone's clock and
 * where it stands; each links to its part of the record, the one shown marked as current.
 */
export function RoundTimeline({ record, current }: { record: PublicRecord; current: number }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string, timeZone: string) => formatInZone(iso, timeZone, i18n.language);
  return (
    <ol className="round-timeline">
      {record.rounds.map(({ record: round }) => {
        const status = roundStatus(round, record.generatedAt);
        const isCurrent = round.number === current;
        return (
          <li
            key={round.number}
            className={`round-timeline__item${isCurrent ? " round-timeline__item--current" : ""}`}
          >
            <p className="round-timeline__title">
              <Link
                to={`/public/consultations/${encodeURIComponent(record.document.id)}/rounds/${round.number}`}
                aria-current={isCurrent ? "page" : undefined}
              >
                {t("public.round.heading", { number: round.number, title: round.title })}
              </Link>{" "}
              <ConsultationStatusTag status={status} />
            </p>
            <p className="round-timeline__dates">
              {t("public.round.opened", { date: date(round.opensAt, round.timeZone) })}
              {" · "}
              {round.closedAt
                ? t("public.round.closed", { date: date(round.closedAt, round.timeZone) })
                : t("public.round.closes", { date: date(round.closesAt, round.timeZone) })}
              {round.concludedAt && (
                <>
                  {" · "}
                  {t("public.round.concluded", { date: date(round.concludedAt, round.timeZone) })}
                </>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
