import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { Heading2, Heading3, List, ListOrdered, Pilcrow, Quote } from "lucide-react";
import { useTranslation } from "react-i18next";
import { ToolbarButton } from "./ToolbarButton.tsx";
import { EmphasisButtons, HistoryButtons } from "./ToolbarGroups.tsx";

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
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      blockquote: current.isActive("blockquote"),
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
      <EmphasisButtons editor={editor} />
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
      <HistoryButtons editor={editor} />
    </div>
  );
}
