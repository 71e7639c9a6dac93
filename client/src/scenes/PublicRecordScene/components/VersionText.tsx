import type { Extensions } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useRef } from "react";
import type { DocumentForm, PublicComment } from "../../../../../shared/schemas/index.ts";
import { anchorRange, offsetMapOf } from "../anchorPositions.ts";
import {
  commentHighlights,
  commentHighlightsKey,
  type HighlightRange,
} from "../commentHighlights.ts";
import { versionExtensions } from "../versionExtensions.ts";

interface VersionTextProps {
  form: DocumentForm;
  content: Record<string, unknown>;
  /** Top-level comments; those with an anchor are highlighted where they were made. */
  comments: readonly PublicComment[];
  activeId: string | null;
  onSelect: (commentId: string) => void;
}

/**
 * A round's frozen version, read-only, in the draft's own form (a regulation with its computed
 * Pasal and ayat numbers), with every comment's passage highlighted. The anchors are character
 * offsets into the version's plain text; they are mapped once onto the document's positions.
 */
export function VersionText({ form, content, comments, activeId, onSelect }: VersionTextProps) {
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const extensions = useMemo<Extensions>(
    () => [...versionExtensions(form), commentHighlights((id) => onSelectRef.current(id))],
    [form],
  );
  const editor = useEditor(
    {
      editable: false,
      content,
      extensions,
      editorProps: {
        attributes: {
          class:
            form === "regulation"
              ? "draft-text draft-text--read-only regulation-text public-version__text"
              : "draft-text draft-text--read-only public-version__text",
          lang: "id",
          "data-testid": "version-text",
        },
      },
    },
    [content, extensions],
  );

  useEffect(() => {
    const map = offsetMapOf(editor.state.doc);
    const ranges: HighlightRange[] = [];
    for (const comment of comments) {
      const range = comment.anchor && anchorRange(map, comment.anchor);
      if (range) ranges.push({ id: comment.id, ...range });
    }
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, { ranges }));
  }, [editor, comments]);

  useEffect(() => {
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, { active: activeId }));
  }, [editor, activeId]);

  return <EditorContent editor={editor} className="editor__content" />;
}
