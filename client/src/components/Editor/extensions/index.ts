import type { Extensions } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import StarterKit from "@tiptap/starter-kit";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { EDITOR_FIELD } from "../../../../../shared/editor/index.ts";
import { regulationExtensions } from "../../../../../shared/editor/regulationSchema.ts";
import { NumberingLabels } from "../regulation/numberingDecorations.ts";
import { RegulationCommands } from "../regulation/regulationCommands.ts";
import { UnitIds } from "../regulation/unitIds.ts";
import { renderCaret, renderSelection } from "./carets.ts";

/** The person editing, as shown to everyone else. */
export interface EditorUser {
  name: string;
  color: string;
}

interface DraftExtensionOptions {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: EditorUser;
}

/**
 * The editor's extensions for a draft regulation: headings, lists, quotations, bold and italic,
 * bound to the shared Y.Doc, with everyone else's caret and selection. Undo/redo comes from
 * Collaboration (it only undoes this person's own changes), so StarterKit's is off.
 */
export function draftExtensions({ doc, provider, user }: DraftExtensionOptions): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
      // Would append a paragraph on every client that opens a draft ending in a list: an edit
      // nobody made, written concurrently by each of them.
      trailingNode: false,
    }),
    ...sharedEditing({ doc, provider, user }),
  ];
}

/**
 * The editor's extensions for a structured regulation: the regulation's nodes (shared with the
 * server), ids for new units, numbering drawn from the structure, and the structure commands,
 * bound to the shared Y.Doc like any draft.
 */
export function regulationDraftExtensions(options: DraftExtensionOptions): Extensions {
  return [
    ...regulationExtensions,
    UnitIds,
    NumberingLabels,
    RegulationCommands,
    ...sharedEditing(options),
  ];
}

/** The shared Y.Doc binding and everyone else's caret, the same for every kind of draft. */
function sharedEditing({ doc, provider, user }: DraftExtensionOptions): Extensions {
  return [
    Collaboration.configure({ document: doc, field: EDITOR_FIELD }),
    CollaborationCaret.configure({
      provider,
      user,
      render: renderCaret,
      selectionRender: renderSelection,
    }),
  ];
}
