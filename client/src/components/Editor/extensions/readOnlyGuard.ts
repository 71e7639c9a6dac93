import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";

/** Key of the plugin that keeps a reader's editor from changing the text. */
export const readOnlyGuardKey = new PluginKey("readOnlyGuard");

/** True when the y-sync plugin made this transaction to show a change that came from Yjs. */
export function isRemoteChange(tr: Transaction): boolean {
  const meta: unknown = tr.getMeta(ySyncPluginKey);
  return typeof meta === "object" && meta !== null && "isChangeOrigin" in meta
    ? meta.isChangeOrigin === true
    : false;
}

/**
 * Lets readers (reviewers, observers, administrators) move a caret and select text with the
 * keyboard — to comment on a passage — while the text stays theirs to read only: any
 * transaction that would change the document is refused unless it is the y-sync plugin showing
 * someone else's change. The server closes a read-only connection that sends a change, so this
 * is the one gate every path (typing, paste, drop, cut, commands, shortcuts, appended
 * transactions) must pass; the DOM handlers below only spare the reader a flicker.
 */
export const ReadOnlyGuard = Extension.create({
  name: "readOnlyGuard",
  // Before the keymaps and input rules of other extensions, so they never see the keystroke.
  priority: 1000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: readOnlyGuardKey,
        filterTransaction: (tr) => !tr.docChanged || isRemoteChange(tr),
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            // Input that would insert or delete text; selection keys do not fire it.
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
            // Copy what is selected, but never remove it.
            cut: (view, event) => {
              event.preventDefault();
              const { from, to } = view.state.selection;
              event.clipboardData?.setData(
                "text/plain",
                view.state.doc.textBetween(from, to, "\n"),
              );
              return true;
            },
            dragstart: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
