import { useTranslation } from "react-i18next";

/** "Could not be loaded" with a "Try again" button, announced as an alert. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-panel">
      <p>{message}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t("common.retry")}
      </button>
    </div>
  );
}
