import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

/** A comment's passage in the version's document. */
export interface HighlightRange {
  id: string;
  from: number;
  to: number;
}

interface HighlightState {
  ranges: HighlightRange[];
  active: string | null;
  decorations: DecorationSet;
}

/** Key of the plugin; set `{ ranges?, active? }` with `tr.setMeta(commentHighlightsKey, …)`. */
export const commentHighlightsKey = new PluginKey<HighlightState>("publicCommentHighlights");

/** The class that finds a comment's highlight in the page (ids are `[A-Za-z0-9_-]`). */
export const highlightClassOf = (id: string) => `comment-anchor--c-${id}`;

function decorate(doc: Parameters<typeof DecorationSet.create>[0], state: HighlightState) {
  const size = doc.content.size;
  const decorations = state.ranges
    .filter((range) => range.from >= 0 && range.to <= size && range.from < range.to)
    .map((range) =>
      Decoration.inline(range.from, range.to, {
        nodeName: "mark",
        class: `comment-anchor ${highlightClassOf(range.id)}${range.id === state.active ? " comment-anchor--active" : ""}`,
      }),
    );
  return DecorationSet.create(doc, decorations);
}

/** The comment whose passage is the narrowest around `pos`: the most specific one clicked. */
export function rangeAt(ranges: readonly HighlightRange[], pos: number): HighlightRange | null {
  let best: HighlightRange | null = null;
  for (const range of ranges) {
    if (pos < range.from || pos > range.to) continue;
    if (!best || range.to - range.from < best.to - best.from) best = range;
  }
  return best;
}

/**
 * Draws every comment's passage on a read-only version as a highlight (`<mark>`, decorations
 * only: the text is untouched), the active thread's more strongly, and reports a click on a
 * highlight with the comment's id so the page can bring its thread forward.
 */
export function commentHighlights(onSelect: (id: string) => void) {
  return Extension.create({
    name: "publicCommentHighlights",
    addProseMirrorPlugins() {
      return [
        new Plugin<HighlightState>({
          key: commentHighlightsKey,
          state: {
            init: (_config, editorState) => ({
              ranges: [],
              active: null,
              decorations: DecorationSet.create(editorState.doc, []),
            }),
            apply: (tr, previous) => {
              const meta = tr.getMeta(commentHighlightsKey) as
                | Partial<Pick<HighlightState, "ranges" | "active">>
                | undefined;
              if (!meta && !tr.docChanged) return previous;
              const next = { ...previous, ...meta };
              return { ...next, decorations: decorate(tr.doc, next) };
            },
          },
          props: {
            decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? null,
            // A DOM click, not `handleClick`: the version is not editable, and a click on it is
            // a plain click on text.
            handleDOMEvents: {
              click: (view, event) => {
                if (
                  !(event.target instanceof Element) ||
                  !event.target.closest(".comment-anchor")
                ) {
                  return false;
                }
                const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
                const ranges = commentHighlightsKey.getState(view.state)?.ranges ?? [];
                const range = pos === undefined ? null : rangeAt(ranges, pos);
                if (!range) return false;
                onSelect(range.id);
                return true;
              },
            },
          },
        }),
      ];
    },
  });
}
