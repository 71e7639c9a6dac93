import type { Extensions } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { freeDraftExtensions } from "../../../../../shared/editor/freeSchema.ts";
import { EDITOR_FIELD } from "../../../../../shared/editor/index.ts";
import { regulationExtensions } from "../../../../../shared/editor/regulationSchema.ts";
import { NumberingLabels } from "../regulation/numberingDecorations.ts";
import { RegulationCommands } from "../regulation/regulationCommands.ts";
import { UnitIds } from "../regulation/unitIds.ts";
import { renderCaret, renderSelection } from "./carets.ts";
import { ReadOnlyGuard } from "./readOnlyGuard.ts";
import { RemoteCarets } from "./remoteCarets.ts";

/** The person editing, as shown to everyone else. */
export interface EditorUser {
  name: string;
  color: string;
}

interface DraftExtensionOptions {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: EditorUser;
  /** For readers: a caret and selection, but the text cannot be changed. */
  readOnly?: boolean;
}

/**
 * The editor's extensions for a free draft: headings, lists, quotations, bold and italic and
 * comment anchors (`freeDraftExtensions`, shared with the server), bound to the shared Y.Doc,
 * with everyone else's caret and selection.
 */
export function draftExtensions(options: DraftExtensionOptions): Extensions {
  return [...freeDraftExtensions, ...sharedEditing(options)];
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

/**
 * The shared Y.Doc binding and everyone else's caret, the same for every kind of draft; for
 * readers, the guard that refuses every change of theirs.
 */
function sharedEditing({ doc, provider, user, readOnly }: DraftExtensionOptions): Extensions {
  return [
    ...(readOnly ? [ReadOnlyGuard] : []),
    Collaboration.configure({ document: doc, field: EDITOR_FIELD }),
    RemoteCarets.configure({
      provider,
      user,
      render: renderCaret,
      selectionRender: renderSelection,
    }),
  ];
}
