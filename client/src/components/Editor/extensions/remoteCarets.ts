import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Plugin, type PluginSpec } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";
import { yCursorPlugin, yCursorPluginKey } from "@tiptap/y-tiptap";
import { remotePresence } from "../../../collaboration/remotePresence.ts";

/** Shows another client's caret only when its presence has the shape Rembuk shares. */
export function showsCaretOf(ownClientId: number, clientId: number, state: unknown): boolean {
  return ownClientId !== clientId && remotePresence(state) !== undefined;
}

/**
 * Everyone else's caret and selection, as `CollaborationCaret` draws them, made safe against
 * other people's presence: states that are not of the presence schema are ignored, and should
 * drawing the carets still throw, the carets are hidden for that change instead of the error
 * stopping the transaction — which carries the remote edits the editor must apply, or its text
 * and the shared document part ways and a later edit of this person deletes others' text.
 */
export const RemoteCarets = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    const { provider, render, selectionRender } = this.options;
    const plugins = this.parent?.() ?? [];
    return plugins.map((plugin) =>
      plugin.spec.key === yCursorPluginKey
        ? caretsThatCannotThrow(
            yCursorPlugin(provider.awareness, {
              awarenessStateFilter: showsCaretOf,
              cursorBuilder: (user: Record<string, unknown>) => render(user),
              selectionBuilder: (user: Record<string, unknown>) => selectionRender(user),
            }),
          )
        : plugin,
    );
  },
});

/** The caret plugin with its state computation fenced: an error hides carets, nothing more. */
function caretsThatCannotThrow(plugin: Plugin): Plugin {
  const spec = plugin.spec as PluginSpec<DecorationSet>;
  const state = spec.state;
  if (!state) return plugin;
  return new Plugin<DecorationSet>({
    ...spec,
    state: {
      ...state,
      init(config, editorState) {
        try {
          return state.init.call(this, config, editorState);
        } catch (error) {
          return hidden(error);
        }
      },
      apply(tr, value, oldState, newState) {
        try {
          return state.apply.call(this, tr, value, oldState, newState);
        } catch (error) {
          return hidden(error);
        }
      },
    },
  });
}

function hidden(error: unknown): DecorationSet {
  console.warn("Rembuk: another person's caret could not be drawn", error);
  return DecorationSet.empty;
}
