import type { Editor as TiptapEditor } from "@tiptap/core";
import { useEffect } from "react";
import type { EditorUser } from "./extensions/index.ts";

/**
 * What every live editor does once built: announces a new name or colour to the others without
 * a rebuild (so the undo history stays), and hands itself to whoever reads its state (comments).
 */
export function useEditorLifecycle(
  editor: TiptapEditor,
  user: EditorUser,
  onEditorReady?: (editor: TiptapEditor | null) => void,
): void {
  useEffect(() => {
    editor.commands.updateUser(user);
  }, [editor, user]);

  useEffect(() => {
    onEditorReady?.(editor);
    return () => onEditorReady?.(null);
  }, [editor, onEditorReady]);
}
