import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { COMMENT_MARK } from "../../../../../shared/editor/commentAnchor.ts";

/** Key of the plugin that draws the active thread's passage more strongly. */
export const activeCommentKey = new PluginKey<string | null>("activeComment");

/**
 * Marks the passage of the thread being read (`comment-anchor--active`) with a decoration — the
 * text itself is never touched. The active id is set with `tr.setMeta(activeCommentKey, id)`.
 */
export function activeCommentPlugin(): Plugin<string | null> {
  return new Plugin<string | null>({
    key: activeCommentKey,
    state: {
      init: () => null,
      apply: (tr, active) => {
        const next: unknown = tr.getMeta(activeCommentKey);
        return next === undefined ? active : (next as string | null);
      },
    },
    props: {
      decorations: (state) => {
        const active = activeCommentKey.getState(state);
        if (!active) return null;
        const decorations: Decoration[] = [];
        state.doc.descendants((node, pos) => {
          if (!node.isText) return true;
          const marked = node.marks.some(
            (mark) => mark.type.name === COMMENT_MARK && mark.attrs.id === active,
          );
          if (marked) {
            decorations.push(
              Decoration.inline(pos, pos + node.nodeSize, { class: "comment-anchor--active" }),
            );
          }
          return false;
        });
        return DecorationSet.create(state.doc, decorations);
      },
    },
  });
}
