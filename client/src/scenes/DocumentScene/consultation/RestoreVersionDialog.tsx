import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { VersionView } from "../../../../../shared/schemas/index.ts";
import { isApiError, restoreVersion } from "../../../api/index.ts";
import { Dialog } from "../../../components/Dialog/Dialog.tsx";

interface RestoreVersionDialogProps {
  documentId: string;
  /** The version to restore; null when the dialog is closed. */
  version: VersionView | null;
  onClose: () => void;
  onRestored: (message: string) => void;
}

/**
 * Asks before making the live draft read as an earlier version again. It is a forward edit
 * like any other: nothing is rewritten, later wordings stay in the history, and comments on
 * passages the version shares with the draft keep their place.
 */
export function RestoreVersionDialog(props: RestoreVersionDialogProps) {
  const { documentId, version, onClose, onRestored } = props;
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const number = version?.number ?? 0;

  const handleRestore = async () => {
    if (!version) return;
    setBusy(true);
    setFailure(null);
    try {
      const { changed } = await restoreVersion(documentId, version.number);
      onRestored(t(changed ? "versions.restore.done" : "versions.restore.unchanged", { number }));
    } catch (error) {
      setFailure(isApiError(error, 403) ? t("rounds.errors.forbidden") : t("form.unavailable"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={version !== null}
      title={t("versions.restore.heading", { number })}
      onClose={() => {
        setFailure(null);
        onClose();
      }}
    >
      <p className="body">{t("versions.restore.explanation", { number })}</p>
      <p className="body">{t("versions.restore.forward")}</p>
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          disabled={busy}
          onClick={() => void handleRestore()}
        >
          {t("versions.restore.confirm", { number })}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("rounds.cancel")}
        </button>
      </div>
    </Dialog>
  );
}
