import { Mark, mergeAttributes } from "@tiptap/core";
import { Fragment, type MarkType, type Node as ProseMirrorNode, Slice } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/** Mark name of a comment's anchor in the text. */
export const COMMENT_MARK = "comment";

/**
 * The anchor of a comment: the passage it was made on carries this mark, with the comment's id.
 *
 * Only the server applies it (reviewers have read-only sockets), so it can never be parsed from
 * HTML: pasting a commented passage, from this draft or another, must not duplicate the comment.
 * Marks travel with their text through everything the binding does to a node (splits, joins,
 * block type changes that recreate the node), which Yjs relative positions do not; a passage
 * that is deleted loses its mark, and the comment shows "passage removed".
 *
 * `excludes: ""` lets comments overlap; @tiptap/y-tiptap then stores each one under its own
 * key, `comment--<hash of the mark>`, in the Y.Text. Not inclusive: typing at either edge of a
 * passage does not extend it, typing inside it does.
 */
export const CommentAnchor = Mark.create({
  name: COMMENT_MARK,
  excludes: "",
  inclusive: false,
  // One element around a passage that crosses bold or italic text, not one per run.
  spanning: true,
  // Enter at the end of a passage must not carry the comment into the new paragraph.
  keepOnSplit: false,
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-comment-id"),
        renderHTML: (attributes) => ({ "data-comment-id": attributes.id }),
      },
    };
  },
  parseHTML() {
    return [];
  },
  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes, { class: "comment-anchor" }), 0];
  },
  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        key: new PluginKey("commentAnchorPaste"),
        props: {
          // A passage dragged to another place in the draft is the same passage: its comments
          // move with it. Anything pasted (or dragged as a copy) is new text without them.
          transformPasted: (slice, view) =>
            view.dragging?.move
              ? slice
              : new Slice(withoutMark(slice.content, type), slice.openStart, slice.openEnd),
        },
      }),
    ];
  },
});

/** `content` with every mark of `type` taken off, at any depth. */
export function withoutMark(content: Fragment, type: MarkType): Fragment {
  const nodes: ProseMirrorNode[] = [];
  content.forEach((node) => {
    const marks = node.marks.filter((mark) => mark.type !== type);
    const inner = node.isLeaf ? node : node.copy(withoutMark(node.content, type));
    nodes.push(inner.mark(marks));
  });
  return Fragment.fromArray(nodes);
}
