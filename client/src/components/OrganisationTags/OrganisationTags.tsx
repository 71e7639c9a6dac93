import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../../shared/schemas/index.ts";

/** An organisation's kind and whether an administrator verified it, in words. */
export function OrganisationTags({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <span className="tags">
      <span className="tag tag--grey">{t(`organisationKinds.${organisation.kind}`)}</span>{" "}
      {organisation.verified ? (
        <span className="tag tag--green">{t("organisations.verified")}</span>
      ) : (
        <span className="tag tag--yellow">{t("organisations.unverified")}</span>
      )}
    </span>
  );
}
