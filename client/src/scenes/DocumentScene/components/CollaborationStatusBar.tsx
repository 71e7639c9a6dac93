import { useTranslation } from "react-i18next";
import type { CollaborationStatus } from "../../../collaboration/status.ts";

interface CollaborationStatusBarProps {
  status: CollaborationStatus;
}

/**
 * Connection and save state in words (never colour alone), announced politely to screen-reader
 * users when it changes.
 */
export function CollaborationStatusBar({ status }: CollaborationStatusBarProps) {
  const { t } = useTranslation();
  const connection = status.closed ? "offline" : status.connection;
  return (
    <div className="status-bar" role="status" aria-label={t("document.status.label")}>
      <span className={`status-bar__connection status-bar__connection--${connection}`}>
        <span className="status-bar__dot" aria-hidden="true" />
        <span data-testid="connection-state">{t(`document.status.${connection}`)}</span>
      </span>
      {status.save !== "unknown" && (
        <span className="status-bar__save" data-testid="save-state">
          {t(`document.status.${status.save}`)}
        </span>
      )}
    </div>
  );
}
