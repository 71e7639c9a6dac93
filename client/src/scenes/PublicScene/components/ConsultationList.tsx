import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type {
  ConsultationStatus,
  ConsultationSummary,
} from "../../../../../shared/schemas/index.ts";
import { formatDateTime } from "../../../i18n/formatDate.ts";

const TONE: Record<ConsultationStatus, string> = {
  open: "tag--green",
  closed: "tag--yellow",
  concluded: "tag--blue",
};

/** Where a consultation stands, in words on a tint (never colour alone). */
export function ConsultationStatusTag({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return <strong className={`tag ${TONE[status]}`}>{t(`public.status.${status}`)}</strong>;
}

/** Published consultations, each a link to its record with its body, status, rounds and last activity. */
export function ConsultationList({
  consultations,
}: {
  consultations: readonly ConsultationSummary[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="document-list public-consultations">
      {consultations.map((consultation) => (
        <li key={consultation.documentId} className="document-list__item">
          <p className="public-consultations__status">
            <ConsultationStatusTag status={consultation.status} />
          </p>
          <Link
            to={`/public/consultations/${encodeURIComponent(consultation.documentId)}`}
            className="document-list__link"
            lang="id"
          >
            {consultation.title}
          </Link>
          <p className="document-list__meta">
            {consultation.governmentBody?.name ?? t("public.list.noBody")}
            {" · "}
            {t("public.list.rounds", { count: consultation.rounds })}
            {" · "}
            {t("public.list.year")} {consultation.year}
          </p>
          <p className="document-list__meta">
            {t("public.list.lastActivity", {
              date: formatDateTime(consultation.lastActivityAt, i18n.language),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
