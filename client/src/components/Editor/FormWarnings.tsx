import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import { checkRegulationForm } from "../../../../shared/editor/formRules.ts";
import { moveCaretTo } from "./regulation/moveCaretTo.ts";
import { numberingOf } from "./regulation/numberingDecorations.ts";

/**
 * Where the draft departs from the drafting form (an empty BAB, a lone ayat …), as a quiet count
 * that opens into a list; choosing one moves the caret there. Only warnings: concurrent edits
 * may merge into such shapes, and nothing is ever removed for them.
 */
export function FormWarnings({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const problems = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      checkRegulationForm(current.state.doc, numberingOf(current.state)).map(
        ({ rule, pos, locator, message }) => ({ rule, pos, locator, message }),
      ),
  });
  if (problems.length === 0) return null;

  return (
    <details className="panel form-warnings" data-testid="form-warnings">
      <summary className="form-warnings__summary">
        {t("editor.regulation.warnings.summary", { count: problems.length })}
      </summary>
      <ul className="form-warnings__list">
        {problems.map((problem) => (
          <li key={`${problem.rule}-${problem.pos}`}>
            <button
              type="button"
              className="outline__link"
              onClick={() => moveCaretTo(editor, problem.pos)}
            >
              <span className="outline__marker">{problem.locator}</span>{" "}
              {t(`editor.regulation.formRules.${problem.rule}`, { defaultValue: problem.message })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
