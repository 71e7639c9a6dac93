import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { draftExtensions, type EditorUser } from "./extensions/index.ts";
import { Toolbar } from "./Toolbar.tsx";

interface EditorProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: EditorUser;
  /** False for people who may read but not edit: no toolbar, no typing, live changes still shown. */
  editable: boolean;
}

/**
 * The live text of a draft regulation, shared with everyone who has it open, with a formatting
 * toolbar for those who may edit. The editor is rebuilt only when the document (doc/provider)
 * or the right to edit changes; a new name or colour is announced to the others without losing
 * the undo history.
 */
export function Editor({ doc, provider, user, editable }: EditorProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const editor = useEditor(
    {
      editable,
      extensions: draftExtensions({ doc, provider, user }),
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

  useEffect(() => {
    editor.commands.updateUser(user);
  }, [editor, user]);

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
