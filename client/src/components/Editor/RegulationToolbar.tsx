import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { Link2 } from "lucide-react";
import { useTranslation } from "react-i18next";
import {
  REFERENCE_SHORTCUT,
  runStructureAction,
  STRUCTURE_SHORTCUTS,
  type StructureAction,
} from "./regulation/regulationCommands.ts";
import { ToolbarButton } from "./ToolbarButton.tsx";
import { EmphasisButtons, HistoryButtons } from "./ToolbarGroups.tsx";

/** What each structure button shows: the drafting term itself, Indonesian in every language. */
export const STRUCTURE_BUTTON_TEXT: Record<StructureAction, string> = {
  chapter: "BAB",
  part: "Bagian",
  article: "Pasal",
  clause: "Ayat",
  letter: "a.",
  number: "1.",
};

const ACTIONS = Object.keys(STRUCTURE_BUTTON_TEXT) as StructureAction[];

/**
 * Toolbar of a structured regulation: insert BAB, Bagian, Pasal, ayat and rincian items where
 * the form allows them (buttons are disabled where it does not), a reference to another Pasal,
 * bold, italic, undo and redo.
 */
export function RegulationToolbar({
  editor,
  onInsertReference,
}: {
  editor: Editor;
  /** Opens the picker for a reference to another Pasal or ayat. */
  onInsertReference: () => void;
}) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      allowed: Object.fromEntries(
        ACTIONS.map((action) => [action, runStructureAction(current, action, true)]),
      ) as Record<StructureAction, boolean>,
    }),
  });

  return (
    <div className="toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
      <div className="toolbar__group">
        {ACTIONS.map((action) => (
          <ToolbarButton
            key={action}
            label={t(`editor.regulation.insert.${action}`)}
            text={STRUCTURE_BUTTON_TEXT[action]}
            shortcut={STRUCTURE_SHORTCUTS[action].aria}
            disabled={!state.allowed[action]}
            onClick={() => runStructureAction(editor, action)}
          />
        ))}
        <ToolbarButton
          label={t("editor.regulation.reference.insert")}
          icon={Link2}
          shortcut={REFERENCE_SHORTCUT.aria}
          onClick={onInsertReference}
        />
      </div>
      <EmphasisButtons editor={editor} />
      <HistoryButtons editor={editor} />
    </div>
  );
}
