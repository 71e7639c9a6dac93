import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useTranslation } from "react-i18next";
import { locatorAt } from "../../../../shared/editor/locator.ts";
import { numberingOf } from "./regulation/numberingDecorations.ts";

/**
 * Where the caret is, as drafters cite it ("BAB II, Pasal 12 ayat (2) huruf b"); it follows
 * renumbering by anyone. The locator is Indonesian whatever the interface language.
 */
export function CaretLocator({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const locator = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { state } = current;
      return locatorAt(state.doc, state.selection.from, numberingOf(state));
    },
  });
  return (
    <p className="caret-locator">
      <span className="visually-hidden">{t("editor.regulation.locator")} </span>
      <span lang="id" data-testid="caret-locator">
        {locator}
      </span>
    </p>
  );
}
