import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import {
  Bold,
  Heading2,
  Heading3,
  Italic,
  List,
  ListOrdered,
  Pilcrow,
  Quote,
  Redo2,
  Undo2,
} from "lucide-react";
import { useTranslation } from "react-i18next";
import { ToolbarButton } from "./ToolbarButton.tsx";

interface ToolbarProps {
  editor: Editor;
}

/** Formatting buttons for a draft: block types, bold and italic, lists, quotation, undo/redo. */
export function Toolbar({ editor }: ToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      paragraph: current.isActive("paragraph"),
      heading2: current.isActive("heading", { level: 2 }),
      heading3: current.isActive("heading", { level: 3 }),
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      blockquote: current.isActive("blockquote"),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <div className="toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
      <div className="toolbar__group">
        <ToolbarButton
          label={t("editor.paragraph")}
          icon={Pilcrow}
          pressed={state.paragraph}
          onClick={() => chain().setParagraph().run()}
        />
        <ToolbarButton
          label={t("editor.heading2")}
          icon={Heading2}
          pressed={state.heading2}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        />
        <ToolbarButton
          label={t("editor.heading3")}
          icon={Heading3}
          pressed={state.heading3}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        />
      </div>
      <div className="toolbar__group">
        <ToolbarButton
          label={t("editor.bold")}
          icon={Bold}
          pressed={state.bold}
          onClick={() => chain().toggleBold().run()}
        />
        <ToolbarButton
          label={t("editor.italic")}
          icon={Italic}
          pressed={state.italic}
          onClick={() => chain().toggleItalic().run()}
        />
      </div>
      <div className="toolbar__group">
        <ToolbarButton
          label={t("editor.bulletList")}
          icon={List}
          pressed={state.bulletList}
          onClick={() => chain().toggleBulletList().run()}
        />
        <ToolbarButton
          label={t("editor.orderedList")}
          icon={ListOrdered}
          pressed={state.orderedList}
          onClick={() => chain().toggleOrderedList().run()}
        />
        <ToolbarButton
          label={t("editor.blockquote")}
          icon={Quote}
          pressed={state.blockquote}
          onClick={() => chain().toggleBlockquote().run()}
        />
      </div>
      <div className="toolbar__group">
        <ToolbarButton
          label={t("editor.undo")}
          icon={Undo2}
          disabled={!state.canUndo}
          onClick={() => chain().undo().run()}
        />
        <ToolbarButton
          label={t("editor.redo")}
          icon={Redo2}
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
        />
      </div>
    </div>
  );
}
