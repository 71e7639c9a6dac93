import { getSchema } from "@tiptap/core";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import { freeDraftExtensions } from "../../../../../shared/editor/freeSchema.ts";
import { ReadOnlyGuard } from "./readOnlyGuard.ts";

const schema = getSchema(freeDraftExtensions);

function readerState() {
  const plugins = ReadOnlyGuard.config.addProseMirrorPlugins?.call({} as never) ?? [];
  const doc = schema.node("doc", null, [schema.node("paragraph", null, [schema.text("Pasal 1")])]);
  return EditorState.create({ doc, plugins });
}

describe("ReadOnlyGuard", () => {
  it("refuses a reader's own change to the text", () => {
    const state = readerState();
    const next = state.apply(state.tr.insertText("X", 1));
    expect(next.doc.textContent).toBe("Pasal 1");
  });

  it("refuses a change that merely claims to come from the y-sync plugin without being remote", () => {
    const state = readerState();
    const next = state.apply(state.tr.insertText("X", 1).setMeta(ySyncPluginKey, { binding: {} }));
    expect(next.doc.textContent).toBe("Pasal 1");
  });

  it("lets someone else's change, shown by the y-sync plugin, through", () => {
    const state = readerState();
    const next = state.apply(
      state.tr.insertText("Baru: ", 1).setMeta(ySyncPluginKey, { isChangeOrigin: true }),
    );
    expect(next.doc.textContent).toBe("Baru: Pasal 1");
  });

  it("lets the reader move the caret and select", () => {
    const state = readerState();
    const tr = state.tr.setSelection(TextSelection.create(state.doc, 3));
    expect(state.apply(tr).selection.from).toBe(3);
  });
});
