import type { Editor as TiptapEditor, Extensions, JSONContent } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useId } from "react";
import { freeDraftExtensions } from "../../../../../shared/editor/freeSchema.ts";
import { regulationExtensions } from "../../../../../shared/editor/regulationSchema.ts";
import type { DocumentForm } from "../../../../../shared/schemas/index.ts";
import { ReadOnlyGuard } from "../../../components/Editor/extensions/readOnlyGuard.ts";
import { NumberingLabels } from "../../../components/Editor/regulation/numberingDecorations.ts";
import { VersionHighlights } from "../versionHighlights.ts";

interface VersionTextProps {
  /** The version's ProseMirror JSON, exactly as frozen. */
  content: Record<string, unknown>;
  form: DocumentForm;
  /** The accessible name of the text ("Text of version 1"). */
  label: string;
  onEditorReady?: (editor: TiptapEditor | null) => void;
}

/**
 * A frozen version's text, read-only and bound to nothing live: the same schema as the draft it
 * was taken from (with the regulation's computed numbering), so positions in it are the ones
 * comments on the version name. Readers keep a caret and select passages with the keyboard or
 * by touch, as in the live draft; the guard refuses every change.
 */
export function VersionText({ content, form, label, onEditorReady }: VersionTextProps) {
  const labelId = useId();
  const extensions: Extensions =
    form === "regulation"
      ? [...regulationExtensions, NumberingLabels, ReadOnlyGuard, VersionHighlights]
      : [...freeDraftExtensions, ReadOnlyGuard, VersionHighlights];
  const editor = useEditor(
    {
      editable: true,
      extensions,
      content: content as JSONContent,
      editorProps: {
        attributes: {
          class:
            form === "regulation"
              ? "draft-text regulation-text draft-text--read-only version-text"
              : "draft-text draft-text--read-only version-text",
          role: "textbox",
          "aria-multiline": "true",
          "aria-readonly": "true",
          "aria-labelledby": labelId,
          ...(form === "regulation" ? { lang: "id" } : {}),
        },
      },
    },
    [content, form],
  );

  useEffect(() => {
    onEditorReady?.(editor);
    return () => onEditorReady?.(null);
  }, [editor, onEditorReady]);

  return (
    <section className="editor" aria-labelledby={labelId}>
      <h2 id={labelId} className="visually-hidden">
        {label}
      </h2>
      <EditorContent editor={editor} className="editor__content" />
    </section>
  );
}
