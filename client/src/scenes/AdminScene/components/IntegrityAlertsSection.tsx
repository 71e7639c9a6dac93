import { useTranslation } from "react-i18next";
import type { IntegrityAlertView } from "../../../../../shared/schemas/index.ts";
import type { Resource } from "../../../hooks/useResource.ts";

/**
 * Sealed public records found altered in the database: each names the document and round whose
 * stored record no longer matches its last seal. Nothing is sealed on those documents until the
 * data is restored. Shows nothing while there are none (or while they load).
 */
export function IntegrityAlertsSection(props: { alerts: Resource<IntegrityAlertView[]> }) {
  const { t, i18n } = useTranslation();
  const { alerts } = props;
  if (alerts.status !== "ready" || alerts.data.length === 0) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeStyle: "short" });
  return (
    <section className="error-panel" aria-labelledby="integrity-alerts-heading" role="alert">
      <h2 id="integrity-alerts-heading" className="heading-m">
        {t("admin.integrity.title", { count: alerts.data.length })}
      </h2>
      <p>{t("admin.integrity.intro")}</p>
      <ul>
        {alerts.data.map((a) => (
          <li key={a.id}>
            {t("admin.integrity.item", {
              document: a.documentId,
              round: a.roundNumber,
              at: date.format(new Date(a.detectedAt)),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
