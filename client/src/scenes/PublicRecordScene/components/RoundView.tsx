import { useTranslation } from "react-i18next";
import type {
  DocumentForm,
  PublicRecord,
  PublicRound,
} from "../../../../../shared/schemas/index.ts";
import { ConsultationStatusTag } from "../../PublicScene/components/ConsultationList.tsx";
import { CommentBody } from "../../DocumentScene/comments/components/CommentBody.tsx";
import { roundStatus } from "../roundStatus.ts";
import { ModerationLog } from "./ModerationLog.tsx";
import { RoundComments } from "./RoundComments.tsx";
import { StatisticsPanel } from "./StatisticsPanel.tsx";
import { VersionDiff } from "./VersionDiff.tsx";
import { formatInZone } from "../../../components/Rounds/roundTime.ts";

interface RoundViewProps {
  record: PublicRecord;
  round: PublicRound;
  /** The round before, whose version this one's is compared with. */
  previous: PublicRound | null;
}

/**
 * One round of the record: its dates and audience, the conclusion, its statistics, the version
 * with every comment where it was made and every answer, what changed since the previous
 * version, and its moderation log.
 */
export function RoundView({ record, round, previous }: RoundViewProps) {
  const { t, i18n } = useTranslation();
  const r = round.record;
  const form: DocumentForm = record.document.form;
  const date = (iso: string) => formatInZone(iso, r.timeZone, i18n.language);
  const prefix = `round-${r.number}`;

  return (
    <section className="public-round" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} className="heading-l public-round__heading">
        {t("public.round.heading", { number: r.number, title: r.title })}{" "}
        <ConsultationStatusTag status={roundStatus(r, record.generatedAt)} />
      </h2>
      <dl className="summary-list public-round__facts">
        <div className="summary-list__row">
          <dt>{t("public.round.opensAt")}</dt>
          <dd>{date(r.opensAt)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{r.closedAt ? t("public.round.closedAt") : t("public.round.closesAt")}</dt>
          <dd>
            {date(r.closedAt ?? r.closesAt)}
            {r.closedBy && ` — ${t("public.round.closedBy", { name: r.closedBy.name })}`}
            {r.closeReason && <CommentBody text={r.closeReason} />}
          </dd>
        </div>
        {r.concludedAt && (
          <div className="summary-list__row">
            <dt>{t("public.round.concludedAt")}</dt>
            <dd>{date(r.concludedAt)}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt>{t("public.round.audience")}</dt>
          <dd>
            {r.audience === "open"
              ? t("public.round.audienceOpen")
              : t("public.round.audienceInvited", {
                  organisations: r.organisations.map((o) => o.name).join(", "),
                })}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("public.round.version")}</dt>
          <dd>
            {t("public.round.versionBy", {
              number: r.version.number,
              name: r.version.author.name,
            })}
          </dd>
        </div>
      </dl>

      {r.conclusion && (
        <section className="public-conclusion" aria-labelledby={`${prefix}-conclusion`}>
          <h3 id={`${prefix}-conclusion`} className="heading-s">
            {t("public.round.conclusion")}
          </h3>
          <CommentBody text={r.conclusion} />
        </section>
      )}

      {r.summary.trim() && (
        <section aria-labelledby={`${prefix}-summary`}>
          <h3 id={`${prefix}-summary`} className="heading-s">
            {t("public.round.summary")}
          </h3>
          <div className="body">
            <CommentBody text={r.summary} />
          </div>
        </section>
      )}

      <StatisticsPanel
        statistics={round.statistics}
        heading={t("public.statistics.roundHeading", { number: r.number })}
        headingId={`${prefix}-statistics`}
      />

      <RoundComments form={form} round={r} />

      {previous && (
        <section className="public-round__diff" aria-labelledby={`${prefix}-diff`}>
          <h3 id={`${prefix}-diff`} className="heading-s">
            {t("public.diff.heading", {
              before: previous.record.version.number,
              after: r.version.number,
            })}
          </h3>
          <VersionDiff
            form={form}
            before={{
              number: previous.record.version.number,
              content: previous.record.version.content,
            }}
            after={{ number: r.version.number, content: r.version.content }}
          />
        </section>
      )}

      <section aria-labelledby={`${prefix}-moderation`}>
        <h3 id={`${prefix}-moderation`} className="heading-s">
          {t("comments.moderationLog.summary")}
        </h3>
        <ModerationLog entries={r.moderation} />
      </section>
    </section>
  );
}
