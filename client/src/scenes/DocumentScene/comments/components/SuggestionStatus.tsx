import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommentThread, SuggestionConflict } from "../../../../../../shared/schemas/index.ts";
import { acceptSuggestion, suggestionConflictOf } from "../../../../api/index.ts";
import { formatDateTime } from "../../../../i18n/formatDate.ts";
import { describeActionFailure } from "./threadActions.ts";

interface SuggestionStatusProps {
  documentId: string;
  thread: CommentThread;
  /** Drafters who may edit the text decide on open suggestions. */
  mayDecide: boolean;
  onDecline: () => void;
  onDone: (message: string) => void;
}

/**
 * What became of a suggestion, or — for drafters — Accept and Decline. Accepting a passage that
 * changed since is refused by the server; the three wordings are then shown side by side so the
 * drafter can decide by hand instead of overwriting a colleague's edit.
 */
export function SuggestionStatus({
  documentId,
  thread,
  mayDecide,
  onDecline,
  onDone,
}: SuggestionStatusProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<SuggestionConflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const resolution = thread.suggestion;

  if (resolution) {
    return (
      <p className="suggestion-status">
        {t(`comments.suggestion.${resolution.state}By`, {
          name: resolution.by.name,
          date: formatDateTime(resolution.at, i18n.language),
        })}
        {resolution.reason && ` — ${resolution.reason}`}
      </p>
    );
  }
  if (!mayDecide || thread.status !== "visible") return null;

  const handleAccept = async () => {
    setBusy(true);
    setConflict(null);
    setFailure(null);
    try {
      await acceptSuggestion(documentId, thread.id);
      onDone(t("comments.suggestion.accepted"));
    } catch (error) {
      const details = suggestionConflictOf(error);
      if (details) setConflict(details);
      else setFailure(describeActionFailure(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="suggestion-decision">
      {conflict && (
        <div className="suggestion-conflict" role="alert">
          <p className="suggestion-conflict__title">{t("comments.suggestion.conflict")}</p>
          <dl className="suggestion-conflict__list" lang="id">
            <dt>{t("comments.suggestion.current")}</dt>
            <dd>{conflict.current ?? <em>{t("comments.suggestion.currentRemoved")}</em>}</dd>
            <dt>{t("comments.suggestion.quote")}</dt>
            <dd>{conflict.quote}</dd>
            <dt>{t("comments.suggestion.proposed")}</dt>
            <dd>{conflict.proposedText}</dd>
          </dl>
        </div>
      )}
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
      <div className="button-group button-group--tight">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void handleAccept()}
        >
          {t("comments.suggestion.accept")}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={onDecline}
        >
          {t("comments.suggestion.decline")}
        </button>
      </div>
    </div>
  );
}
