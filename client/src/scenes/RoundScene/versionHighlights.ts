import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { activeCommentKey } from "../DocumentScene/comments/activeCommentPlugin.ts";
import type { PassageRange } from "../DocumentScene/comments/threadOrder.ts";

/** Set the passages to draw with `tr.setMeta(versionHighlightsKey, ranges)`. */
export const versionHighlightsKey = new PluginKey<ReadonlyMap<string, PassageRange>>(
  "versionHighlights",
);

/**
 * Draws the passages of a round's comments on its frozen version. The version carries no
 * comment marks (it is never changed), so the passages are decorations drawn like the live
 * draft's marks — `comment-anchor` with the comment's id, the active thread's more strongly —
 * and clicking one works the same way.
 */
export const VersionHighlights = Extension.create({
  name: "versionHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<ReadonlyMap<string, PassageRange>>({
        key: versionHighlightsKey,
        state: {
          init: () => new Map(),
          apply: (tr, ranges) =>
            (tr.getMeta(versionHighlightsKey) as ReadonlyMap<string, PassageRange> | undefined) ??
            ranges,
        },
        props: {
          decorations: (state) => {
            const ranges = versionHighlightsKey.getState(state);
            if (!ranges || ranges.size === 0) return null;
            const active = activeCommentKey.getState(state);
            const decorations = [...ranges].map(([id, range]) =>
              Decoration.inline(range.from, range.to, {
                class: id === active ? "comment-anchor comment-anchor--active" : "comment-anchor",
                "data-comment-id": id,
              }),
            );
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
