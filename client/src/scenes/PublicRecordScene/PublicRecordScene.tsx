import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { PublicRecord } from "../../../../shared/schemas/index.ts";
import { publicPaths } from "../../api/public.ts";
import { LoadFailed } from "../../components/LoadFailed/LoadFailed.tsx";
import { usePageTitle } from "../../hooks/usePageTitle.ts";
import { Downloads } from "./components/Downloads.tsx";
import { RoundTimeline } from "./components/RoundTimeline.tsx";
import { RoundView } from "./components/RoundView.tsx";
import { SealsPanel } from "./components/SealsPanel.tsx";
import { StatisticsPanel } from "./components/StatisticsPanel.tsx";
import { usePublicRecord } from "./hooks/usePublicRecord.ts";

/**
 * The public record of one consultation, for anyone: its rounds on a timeline, the chosen round
 * (the latest unless the address names one) with its version, comments, answers, changes and
 * statistics, the open-data downloads, and the seals with an in-browser verification.
 */
export function PublicRecordScene() {
  const { t } = useTranslation();
  const { documentId = "", number } = useParams();
  const { resource, reload } = usePublicRecord(documentId);
  usePageTitle(
    resource.status === "ready" ? resource.data.record.document.title : t("public.record.title"),
  );

  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        href={publicPaths.feed}
        title={t("public.feed.title")}
      />
      <p className="back-link-wrapper">
        <Link to="/public" className="back-link">
          {t("public.record.back")}
        </Link>
      </p>
      {resource.status === "loading" && (
        <p role="status" className="body muted">
          {t("public.record.loading")}
        </p>
      )}
      {resource.status === "notFound" && (
        <>
          <h1 className="heading-xl">{t("public.record.notFoundTitle")}</h1>
          <p className="body">{t("public.record.notFound")}</p>
        </>
      )}
      {(resource.status === "error" || resource.status === "forbidden") && (
        <LoadFailed message={t("public.record.failed")} onRetry={reload} />
      )}
      {resource.status === "ready" && (
        <RecordView
          record={resource.data.record}
          raw={resource.data.raw}
          roundNumber={number === undefined ? null : Number(number)}
        />
      )}
    </>
  );
}

function RecordView({
  record,
  raw,
  roundNumber,
}: {
  record: PublicRecord;
  raw: unknown;
  roundNumber: number | null;
}) {
  const { t } = useTranslation();
  const index =
    roundNumber === null
      ? record.rounds.length - 1
      : record.rounds.findIndex((round) => round.record.number === roundNumber);
  const round = record.rounds[index];
  const form = t(`public.record.form.${record.document.form}`);

  return (
    <>
      <span className="caption">
        {record.document.governmentBody?.name ?? t("public.list.noBody")}
      </span>
      <h1 className="heading-xl" lang="id">
        {record.document.title}
      </h1>
      <p className="lead">{t("public.record.intro", { form, count: record.rounds.length })}</p>

      <section aria-labelledby="public-rounds-heading">
        <h2 id="public-rounds-heading" className="heading-m">
          {t("public.record.rounds")}
        </h2>
        <RoundTimeline record={record} current={round?.record.number ?? -1} />
      </section>

      {round ? (
        <RoundView record={record} round={round} previous={record.rounds[index - 1] ?? null} />
      ) : (
        <div className="inset-text" role="alert">
          <p>{t("public.record.noSuchRound", { number: roundNumber })}</p>
        </div>
      )}

      {record.rounds.length > 1 && (
        <StatisticsPanel
          statistics={record.statistics}
          heading={t("public.statistics.allHeading")}
          headingId="public-statistics-all"
          headingLevel={2}
        />
      )}

      <section aria-labelledby="public-downloads-heading">
        <h2 id="public-downloads-heading" className="heading-l">
          {t("public.downloads.heading")}
        </h2>
        <Downloads documentId={record.document.id} round={round?.record.number ?? null} />
      </section>

      <section aria-labelledby="public-seals-heading">
        <h2 id="public-seals-heading" className="heading-l">
          {t("public.seals.heading")}
        </h2>
        <SealsPanel record={record} raw={raw} />
      </section>
    </>
  );
}
