import { type Editor, Extension } from "@tiptap/core";
import type { PointListKind } from "../../../../../shared/editor/nodeNames.ts";
import {
  continueUnit,
  insertArticle,
  insertChapter,
  insertClause,
  insertPart,
  insertPoint,
  leaveTitle,
  type StructureCommand,
} from "./structureCommands.ts";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    regulation: {
      /** Inserts a BAB after the current one. */
      insertChapter: () => ReturnType;
      /** Inserts a Bagian after the current one, or divides the BAB into Bagian. */
      insertPart: () => ReturnType;
      /** Inserts a Pasal after the current one, or first in the current BAB. */
      insertArticle: () => ReturnType;
      /** Inserts an ayat after the current one, or divides the Pasal into ayat. */
      insertClause: () => ReturnType;
      /** Inserts a huruf or angka item. */
      insertPoint: (kind: PointListKind) => ReturnType;
    };
  }
}

/** The structure actions drafters reach from the toolbar and the keyboard. */
export type StructureAction = "chapter" | "part" | "article" | "clause" | "letter" | "number";

/**
 * Keyboard shortcut of each action, in ProseMirror's notation (for the keymap) and in the
 * `aria-keyshortcuts` notation (for buttons and the help text): one table serves all three.
 */
export const STRUCTURE_SHORTCUTS: Record<StructureAction, { keymap: string; aria: string }> = {
  chapter: { keymap: "Alt-Shift-b", aria: "Alt+Shift+B" },
  part: { keymap: "Alt-Shift-g", aria: "Alt+Shift+G" },
  article: { keymap: "Alt-Shift-p", aria: "Alt+Shift+P" },
  clause: { keymap: "Alt-Shift-a", aria: "Alt+Shift+A" },
  letter: { keymap: "Alt-Shift-h", aria: "Alt+Shift+H" },
  number: { keymap: "Alt-Shift-n", aria: "Alt+Shift+N" },
};

/** Opens the reference picker ("Pasal 5 ayat (2)"); handled by the editor, not the keymap. */
export const REFERENCE_SHORTCUT = { aria: "Alt+Shift+R", code: "KeyR" } as const;

/** Runs a structure action as a command chain, or (with `check`) only asks whether it can. */
export function runStructureAction(editor: Editor, action: StructureAction, check = false) {
  const chain = check ? editor.can().chain() : editor.chain().focus();
  switch (action) {
    case "chapter":
      return chain.insertChapter().run();
    case "part":
      return chain.insertPart().run();
    case "article":
      return chain.insertArticle().run();
    case "clause":
      return chain.insertClause().run();
    case "letter":
    case "number":
      return chain.insertPoint(action).run();
  }
}

const asCommand =
  (command: StructureCommand) =>
  () =>
  ({ tr, dispatch }: { tr: Parameters<StructureCommand>[0]; dispatch?: unknown }) =>
    command(tr, dispatch !== undefined);

/**
 * Commands and shortcuts that build a regulation's structure. They consult the schema, so they
 * refuse what the form does not allow (and the toolbar disables their buttons).
 */
export const RegulationCommands = Extension.create({
  name: "regulationCommands",
  // Before the default Enter handling, so the end of an ayat continues with the next ayat.
  priority: 200,
  addCommands() {
    return {
      insertChapter: asCommand(insertChapter),
      insertPart: asCommand(insertPart),
      insertArticle: asCommand(insertArticle),
      insertClause: asCommand(insertClause),
      insertPoint:
        (kind: PointListKind) =>
        ({ tr, dispatch }) =>
          insertPoint(kind)(tr, dispatch !== undefined),
    };
  },
  addKeyboardShortcuts() {
    const shortcuts: Record<string, () => boolean> = {
      // The end of an ayat or item continues with the next one; a title is left, never split.
      Enter: () =>
        this.editor.commands.command(({ tr, dispatch }) => {
          const apply = dispatch !== undefined;
          return continueUnit(tr, apply) || leaveTitle(tr, apply);
        }),
    };
    for (const [action, keys] of Object.entries(STRUCTURE_SHORTCUTS)) {
      shortcuts[keys.keymap] = () => runStructureAction(this.editor, action as StructureAction);
    }
    return shortcuts;
  },
});
