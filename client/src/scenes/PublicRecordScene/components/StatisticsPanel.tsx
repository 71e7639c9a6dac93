import { useTranslation } from "react-i18next";
import { ORGANISATION_KINDS } from "../../../../../shared/schemas/accounts.ts";
import { DISPOSITIONS, type Statistics } from "../../../../../shared/schemas/index.ts";
import { BarChart } from "../../../components/Charts/BarChart.tsx";
import { BigNumbers } from "../../../components/Charts/BigNumbers.tsx";
import { Meter } from "../../../components/Charts/Meter.tsx";
import { StackedBar } from "../../../components/Charts/StackedBar.tsx";

const DISPOSITION_TONE = {
  accepted: "green",
  partly_accepted: "blue",
  not_accepted: "red",
  noted: "grey",
} as const;

interface StatisticsPanelProps {
  statistics: Statistics;
  heading: string;
  headingId: string;
  /** h3 inside a round, h2 for the whole consultation. */
  headingLevel?: 2 | 3;
}

/** "12 %" in the interface language. */
function percent(share: number | null, language: string): string {
  return share === null
    ? "—"
    : new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/**
 * How a round (or the whole consultation) went, drawn to be seen at a glance: who commented (by
 * kind of organisation), how the comments were answered, how many got an answer, how fast, and
 * how long it was open. Every chart also carries its figures as text for screen readers.
 */
export function StatisticsPanel({
  statistics,
  heading,
  headingId,
  headingLevel = 3,
}: StatisticsPanelProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = (n: number) => n.toLocaleString(language, { maximumFractionDigits: 1 });
  const needingAnswer =
    statistics.responseRate && statistics.responseRate > 0
      ? Math.round(statistics.answered / statistics.responseRate)
      : statistics.answered;
  const hours = statistics.medianHoursToAnswer;
  const timeToAnswer =
    hours === null
      ? { value: "—", unit: undefined, note: t("public.statistics.noAnswers") }
      : hours < 1
        ? {
            value: number(Math.round(hours * 60)),
            unit: t("public.statistics.minutes", { count: Math.round(hours * 60) }),
          }
        : hours >= 48
          ? { value: number(hours / 24), unit: t("public.statistics.days", { count: hours / 24 }) }
          : { value: number(hours), unit: t("public.statistics.hours", { count: hours }) };

  return (
    <section className="public-statistics" aria-labelledby={headingId}>
      <Heading id={headingId} className={headingLevel === 2 ? "heading-l" : "heading-s"}>
        {heading}
      </Heading>
      <BigNumbers
        numbers={[
          {
            key: "comments",
            label: t("public.statistics.comments"),
            value: number(statistics.comments),
            note: t("public.statistics.replies", { count: statistics.replies }),
          },
          {
            key: "timeToAnswer",
            label: t("public.statistics.medianTimeToAnswer"),
            ...timeToAnswer,
          },
          {
            key: "daysOpen",
            label: t("public.statistics.daysOpen"),
            value: number(statistics.daysOpen),
            unit: t("public.statistics.days", { count: statistics.daysOpen }),
          },
          {
            key: "suggestions",
            label: t("public.statistics.suggestionsAccepted"),
            value: number(statistics.suggestionsAccepted),
          },
        ]}
      />
      <div className="public-statistics__charts">
        <Meter
          title={t("public.statistics.responseRate")}
          value={statistics.responseRate}
          valueText={t("public.statistics.responseRateText", {
            answered: statistics.answered,
            count: needingAnswer,
          })}
          emptyText={t("public.statistics.noneToAnswer")}
        />
        <StackedBar
          title={t("public.statistics.dispositions")}
          caption={`${t("public.statistics.dispositions")} — ${heading}`}
          categoryHeading={t("public.statistics.disposition")}
          valueHeading={t("public.statistics.commentsAnswered")}
          emptyText={t("public.statistics.noAnswers")}
          segments={DISPOSITIONS.map((disposition) => ({
            key: disposition,
            tone: DISPOSITION_TONE[disposition],
            label: t(`comments.disposition.${disposition}`),
            value: statistics.dispositions[disposition],
            valueText: `${statistics.dispositions[disposition]} (${percent(statistics.dispositionShares[disposition], language)})`,
          }))}
        />
        <BarChart
          title={t("public.statistics.byOrganisationKind")}
          caption={`${t("public.statistics.byOrganisationKind")} — ${heading}`}
          categoryHeading={t("public.statistics.organisationKind")}
          valueHeading={t("public.statistics.comments")}
          emptyText={t("public.statistics.noComments")}
          data={ORGANISATION_KINDS.map((kind) => ({
            key: kind,
            label: t(`public.organisationKinds.${kind}`),
            value: statistics.commentsByOrganisationKind[kind],
          }))}
        />
      </div>
    </section>
  );
}
