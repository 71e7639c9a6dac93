import type { Editor as TiptapEditor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { CaretLocator } from "./CaretLocator.tsx";
import { type EditorUser, regulationDraftExtensions } from "./extensions/index.ts";
import { FormWarnings } from "./FormWarnings.tsx";
import { ReferencePicker } from "./ReferencePicker.tsx";
import { RegulationOutline } from "./RegulationOutline.tsx";
import { RegulationToolbar } from "./RegulationToolbar.tsx";
import { REFERENCE_SHORTCUT } from "./regulation/regulationCommands.ts";
import { ShortcutHelp } from "./ShortcutHelp.tsx";
import { useEditorLifecycle } from "./useEditorLifecycle.ts";

interface RegulationEditorProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: EditorUser;
  editable: boolean;
  /** Told the editor instance (and null when it goes), for panels that read its state. */
  onEditorReady?: (editor: TiptapEditor | null) => void;
  /** More panels for the side column (people present …), below the outline. */
  aside?: ReactNode;
}

/**
 * A draft in the structured form of a regulation: the text with its numbering drawn from the
 * structure, a toolbar for BAB, Pasal, ayat and rincian, and beside it the outline, the form
 * warnings and the keyboard shortcuts. Rebuilt only when the document or the right to edit
 * changes, like the free editor.
 */
export function RegulationEditor({
  doc,
  provider,
  user,
  editable,
  aside,
  onEditorReady,
}: RegulationEditorProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [pickingReference, setPickingReference] = useState(false);
  const editor = useEditor(
    {
      // Readers keep a caret to select passages; the guard keeps their text unchanged.
      editable: true,
      extensions: regulationDraftExtensions({ doc, provider, user, readOnly: !editable }),
      editorProps: {
        // By physical key: Alt+Shift+R types another character on some layouts.
        handleKeyDown: (_view, event) => {
          if (!(editable && event.altKey && event.shiftKey)) return false;
          if (event.code !== REFERENCE_SHORTCUT.code) return false;
          setPickingReference(true);
          return true;
        },
        attributes: {
          class: editable
            ? "draft-text regulation-text"
            : "draft-text regulation-text draft-text--read-only",
          role: "textbox",
          "aria-multiline": "true",
          "aria-labelledby": labelId,
          lang: "id",
          ...(editable ? {} : { "aria-readonly": "true" }),
        },
      },
    },
    [doc, provider, editable],
  );

  useEditorLifecycle(editor, user, onEditorReady);

  return (
    <div className="document-layout">
      <div className="document-layout__main">
        <section className="editor" aria-labelledby={labelId}>
          <h2 id={labelId} className="visually-hidden">
            {t("editor.label")}
          </h2>
          {editable && (
            <RegulationToolbar
              editor={editor}
              onInsertReference={() => setPickingReference(true)}
            />
          )}
          {editable && pickingReference && (
            <ReferencePicker editor={editor} onClose={() => setPickingReference(false)} />
          )}
          <CaretLocator editor={editor} />
          <EditorContent editor={editor} className="editor__content" />
        </section>
      </div>
      <aside className="document-layout__side">
        <RegulationOutline editor={editor} />
        {editable && <FormWarnings editor={editor} />}
        {editable && <ShortcutHelp />}
        {aside}
      </aside>
    </div>
  );
}
