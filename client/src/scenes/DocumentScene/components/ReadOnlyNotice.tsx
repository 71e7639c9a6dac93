import { useTranslation } from "react-i18next";

/** Tells a reviewer or observer, before the text, that they can read the draft but not edit it. */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  return (
    <div className="inset-text inset-text--info" data-testid="read-only-notice">
      <p>
        <strong>{t("document.readOnly.title")}</strong>
      </p>
      <p>{t("document.readOnly.body")}</p>
    </div>
  );
}
