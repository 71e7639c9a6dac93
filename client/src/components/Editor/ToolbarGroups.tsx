import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { Bold, Italic, Redo2, Undo2 } from "lucide-react";
import { useTranslation } from "react-i18next";
import { ToolbarButton } from "./ToolbarButton.tsx";

/** Bold and italic, the same in every editor's toolbar. */
export function EmphasisButtons({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
    }),
  });
  return (
    <div className="toolbar__group">
      <ToolbarButton
        label={t("editor.bold")}
        icon={Bold}
        shortcut="Control+B"
        pressed={state.bold}
        onClick={() => editor.chain().focus().toggleBold().run()}
      />
      <ToolbarButton
        label={t("editor.italic")}
        icon={Italic}
        shortcut="Control+I"
        pressed={state.italic}
        onClick={() => editor.chain().focus().toggleItalic().run()}
      />
    </div>
  );
}

/** Undo and redo (the collaboration history: only one's own changes), in every editor's toolbar. */
export function HistoryButtons({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  return (
    <div className="toolbar__group">
      <ToolbarButton
        label={t("editor.undo")}
        icon={Undo2}
        disabled={!state.canUndo}
        onClick={() => editor.chain().focus().undo().run()}
      />
      <ToolbarButton
        label={t("editor.redo")}
        icon={Redo2}
        disabled={!state.canRedo}
        onClick={() => editor.chain().focus().redo().run()}
      />
    </div>
  );
}
