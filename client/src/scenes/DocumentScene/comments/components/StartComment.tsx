import { useId } from "react";
import { useTranslation } from "react-i18next";
import { COMMENT_SHORTCUT } from "../../../../components/Editor/commentShortcut.ts";

interface StartCommentProps {
  /** Nothing was selected when the person asked to comment. */
  selectFirst: boolean;
  onComment: () => void;
}

/**
 * How to comment (select, then the button or Ctrl+Alt+M) and the button itself, which keeps
 * the selection in the text when pressed with a mouse.
 */
export function StartComment({ selectFirst, onComment }: StartCommentProps) {
  const { t } = useTranslation();
  const howId = useId();
  return (
    <div className="comments__start">
      <p className="hint" id={howId}>
        {t("comments.create.how", { shortcut: "Ctrl+Alt+M" })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={howId}
        aria-keyshortcuts={COMMENT_SHORTCUT.aria}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onComment}
      >
        {t("comments.create.panelButton")}
      </button>
      {selectFirst && (
        <p className="error-message" role="alert">
          {t("comments.create.selectFirst")}
        </p>
      )}
    </div>
  );
}
