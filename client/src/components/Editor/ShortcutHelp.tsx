import { useTranslation } from "react-i18next";
import { COMMENT_SHORTCUT } from "./commentShortcut.ts";
import {
  REFERENCE_SHORTCUT,
  STRUCTURE_SHORTCUTS,
  type StructureAction,
} from "./regulation/regulationCommands.ts";

/** The keyboard shortcuts for building a regulation's structure, folded away until asked for. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const actions = Object.keys(STRUCTURE_SHORTCUTS) as StructureAction[];
  return (
    <details className="panel shortcut-help">
      <summary>{t("editor.regulation.shortcuts.heading")}</summary>
      <dl className="shortcut-help__list">
        {actions.map((action) => (
          <div key={action} className="shortcut-help__item">
            <dt>
              <kbd>{STRUCTURE_SHORTCUTS[action].aria}</kbd>
            </dt>
            <dd>{t(`editor.regulation.insert.${action}`)}</dd>
          </div>
        ))}
        <div className="shortcut-help__item">
          <dt>
            <kbd>{REFERENCE_SHORTCUT.aria}</kbd>
          </dt>
          <dd>{t("editor.regulation.reference.insert")}</dd>
        </div>
        <div className="shortcut-help__item">
          <dt>
            <kbd>{COMMENT_SHORTCUT.aria}</kbd>
          </dt>
          <dd>{t("comments.create.shortcutHelp")}</dd>
        </div>
        <div className="shortcut-help__item">
          <dt>
            <kbd>Enter</kbd>
          </dt>
          <dd>{t("editor.regulation.shortcuts.enter")}</dd>
        </div>
      </dl>
    </details>
  );
}
