import { useTranslation } from "react-i18next";
import { CloseCode } from "../../../../../shared/protocol/index.ts";
import type { ClosedByServer } from "../../../collaboration/status.ts";

interface ClosedNoticeProps {
  closed: ClosedByServer;
  onReconnect: () => void;
}

const MESSAGE_KEYS: Record<number, string> = {
  [CloseCode.badMessage]: "document.closed.badMessage",
  [CloseCode.unauthenticated]: "document.closed.unauthenticated",
  [CloseCode.forbidden]: "document.closed.forbidden",
  [CloseCode.documentNotFound]: "document.closed.documentNotFound",
  [CloseCode.messageTooLarge]: "document.closed.messageTooLarge",
  [CloseCode.protocolMismatch]: "document.closed.protocolMismatch",
  [CloseCode.tooManyPending]: "document.closed.tooManyPending",
  [CloseCode.tooManyConnections]: "document.closed.tooManyConnections",
};

/** Refusals a new attempt cannot fix, so no "Reconnect" button is offered. */
const NOT_RETRYABLE: ReadonlySet<number> = new Set([
  CloseCode.documentNotFound,
  CloseCode.forbidden,
  CloseCode.protocolMismatch,
]);

/**
 * Explains why the server stopped the live connection for good (close codes 4400–4499) and,
 * where another try can help, offers one. Edits stay on this device either way.
 */
export function ClosedNotice({ closed, onReconnect }: ClosedNoticeProps) {
  const { t } = useTranslation();
  const key = MESSAGE_KEYS[closed.code] ?? "document.closed.other";
  return (
    <div className="error-panel" role="alert">
      <p>{t(key, { code: closed.code })}</p>
      {!NOT_RETRYABLE.has(closed.code) && (
        <button type="button" className="button button--secondary" onClick={onReconnect}>
          {t("document.closed.reconnect")}
        </button>
      )}
    </div>
  );
}
