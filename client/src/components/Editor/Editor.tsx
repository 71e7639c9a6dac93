import type { Editor as TiptapEditor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { draftExtensions, type EditorUser } from "./extensions/index.ts";
import { Toolbar } from "./Toolbar.tsx";
import { useEditorLifecycle } from "./useEditorLifecycle.ts";

interface EditorProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: EditorUser;
  /** False for people who may read but not edit: no toolbar, no typing, live changes still shown. */
  editable: boolean;
  /** Told the editor instance (and null when it goes), for panels that read its state. */
  onEditorReady?: (editor: TiptapEditor | null) => void;
}

/**
 * The live text of a draft regulation, shared with everyone who has it open, with a formatting
 * toolbar for those who may edit. The editor is rebuilt only when the document (doc/provider)
 * or the right to edit changes; a new name or colour is announced to the others without losing
 * the undo history.
 */
export function Editor({ doc, provider, user, editable, onEditorReady }: EditorProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const editor = useEditor(
    {
      // Readers keep a caret to select passages; the guard keeps their text unchanged.
      editable: true,
      extensions: draftExtensions({ doc, provider, user, readOnly: !editable }),
      editorProps: {
        attributes: {
          class: editable ? "draft-text" : "draft-text draft-text--read-only",
          role: "textbox",
          "aria-multiline": "true",
          "aria-labelledby": labelId,
          ...(editable ? {} : { "aria-readonly": "true" }),
        },
      },
    },
    // `user` is deliberately left out: updateUser below handles it without a rebuild.
    [doc, provider, editable],
  );

  useEditorLifecycle(editor, user, onEditorReady);

  return (
    <section className="editor" aria-labelledby={labelId}>
      <h2 id={labelId} className="visually-hidden">
        {t("editor.label")}
      </h2>
      {editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="editor__content" />
    </section>
  );
}
