import {
  Fragment,
  Mark,
  type Node as ProseMirrorNode,
  type ResolvedPos,
  type Schema,
} from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import {
  initProseMirrorDoc,
  relativePositionToAbsolutePosition,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode,
} from "@tiptap/y-tiptap";
import { fromBase64 } from "lib0/buffer";
import * as Y from "yjs";
import { COMMENT_MARK } from "../../../shared/editor/commentAnchor.ts";
import {
  type AnchoredPassage,
  commentPassages,
  describePassage,
} from "../../../shared/editor/commentPassages.ts";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import type { PassageAnchor } from "../../../shared/schemas/comments.ts";
import { HttpError } from "../errors.ts";

export type { AnchoredPassage } from "../../../shared/editor/commentPassages.ts";

/**
 * 409 `suggestion_conflict`: accepting the suggestion would overwrite someone's edit, because its
 * passage was removed (`current` null) or no longer reads as it did. The comment routes answer
 * with `SuggestionConflictSchema`; as a plain `HttpError` it is still a 409.
 */
export class SuggestionConflictError extends HttpError {
  constructor(
    /** The passage as it reads now; null when it was removed. */
    readonly current: string | null,
  ) {
    super(
      409,
      "suggestion_conflict",
      current === null
        ? "The passage of this suggestion was removed from the draft."
        : "The passage of this suggestion has changed since it was made.",
    );
  }
}

/** The draft's text as an editor bound to it sees it: document and binding metadata. */
export interface BoundDraft {
  fragment: Y.XmlFragment;
  doc: ProseMirrorNode;
  meta: ReturnType<typeof initProseMirrorDoc>["meta"];
}

/**
 * Edits a draft exactly as an editor bound to it does: build its ProseMirror document with
 * @tiptap/y-tiptap, apply `edit` to a Transform, write the difference back with the binding's
 * own `updateYFragment`, all in one transaction with `origin`. Nothing is written when `edit`
 * throws or changes nothing.
 */
export function editDraft<T>(
  ydoc: Y.Doc,
  schema: Schema,
  origin: unknown,
  edit: (tr: Transform, draft: BoundDraft) => T,
): T {
  return ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(EDITOR_FIELD);
    const { doc, meta } = initProseMirrorDoc(fragment, schema);
    const draft: BoundDraft = { fragment, doc, meta };
    const tr = new Transform(doc);
    const result = edit(tr, draft);
    if (tr.docChanged) updateYFragment(ydoc, fragment, tr.doc, meta);
    return result;
  }, origin);
}

/**
 * Anchors a new comment: resolves the anchor's ends, checks that the passage still reads as its
 * author saw it (whitespace runs aside) and applies the comment's mark to it. Throws 400
 * `anchor_invalid` when the ends are not a range of text of this draft, 409 `passage_changed`
 * when the passage reads differently.
 */
export function anchorComment(
  ydoc: Y.Doc,
  schema: Schema,
  anchor: PassageAnchor,
  commentId: string,
  origin: unknown,
): AnchoredPassage {
  return editDraft(ydoc, schema, origin, (tr, draft) => {
    const from = resolveEnd(ydoc, draft, anchor.start, "start");
    const to = resolveEnd(ydoc, draft, anchor.end, "end");
    if (from >= to) throw anchorInvalid("The anchor's start is not before its end.");
    if (!isInText(tr.doc.resolve(from)) || !isInText(tr.doc.resolve(to))) {
      throw anchorInvalid("The anchor's ends are not inside text.");
    }
    if (normalise(tr.doc.textBetween(from, to, "\n")) !== normalise(anchor.quote)) {
      throw new HttpError(409, "passage_changed", "The passage has changed; select it again.");
    }
    const mark = commentMark(schema, commentId);
    tr.addMark(from, to, mark);
    if (!markCoversText(tr.doc, from, to, mark)) {
      throw anchorInvalid("Part of the passage cannot carry a comment.");
    }
    return describePassage(tr.doc, from, to);
  });
}

/** Every comment anchored in the draft, by comment id (see `commentPassages`). */
export function passagesOf(ydoc: Y.Doc, schema: Schema): Map<string, AnchoredPassage> {
  return commentPassages(
    yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(EDITOR_FIELD), schema),
  );
}

/**
 * Accepts a suggestion: replaces its passage by `text`, which takes the formatting of the
 * passage's first character and stays anchored to the comment (and to every other comment that
 * covered the whole passage). Line breaks become hard breaks where the block allows them.
 * Throws `SuggestionConflictError` when the passage is gone or no longer reads `expectedQuote`,
 * 400 `suggestion_spans_blocks` when it lies in more than one block.
 */
export function replacePassage(
  ydoc: Y.Doc,
  schema: Schema,
  commentId: string,
  expectedQuote: string,
  text: string,
  origin: unknown,
): AnchoredPassage {
  return editDraft(ydoc, schema, origin, (tr) => {
    const passage = commentPassages(tr.doc).get(commentId);
    if (!passage) throw new SuggestionConflictError(null);
    if (normalise(passage.quote) !== normalise(expectedQuote)) {
      throw new SuggestionConflictError(passage.quote);
    }
    const $from = tr.doc.resolve(passage.from);
    const $to = tr.doc.resolve(passage.to);
    if (!$from.sameParent($to)) {
      throw new HttpError(
        400,
        "suggestion_spans_blocks",
        "The passage spans several blocks; edit the draft by hand.",
      );
    }
    const marks = replacementMarks(tr.doc, passage, commentMark(schema, commentId));
    const content = replacementContent($from, $to, text, marks);
    tr.replaceWith(passage.from, passage.to, content);
    return describePassage(tr.doc, passage.from, passage.from + content.size);
  });
}

function commentMark(schema: Schema, commentId: string): Mark {
  const type = schema.marks[COMMENT_MARK];
  if (!type) throw new Error(`schema has no ${COMMENT_MARK} mark`);
  return type.create({ id: commentId });
}

function anchorInvalid(message: string): HttpError {
  return new HttpError(400, "anchor_invalid", message, "anchor");
}

/** A position of the anchor, in the bound document; 400 when it is not in it. */
function resolveEnd(ydoc: Y.Doc, draft: BoundDraft, encoded: string, end: string): number {
  let position: number | null = null;
  try {
    const relative = Y.decodeRelativePosition(fromBase64(encoded));
    // A type-based position names its root type; looking up any other name would create it.
    if (relative.tname === null || relative.tname === EDITOR_FIELD) {
      position = relativePositionToAbsolutePosition(
        ydoc,
        draft.fragment,
        relative,
        draft.meta.mapping,
      );
    }
  } catch {
    position = null;
  }
  if (position === null || position < 0 || position > draft.doc.content.size) {
    throw anchorInvalid(`The anchor's ${end} is not in this document.`);
  }
  return position;
}

function isInText($pos: ResolvedPos): boolean {
  return $pos.parent.inlineContent;
}

/** Whether every piece of text between the positions carries the mark. */
function markCoversText(doc: ProseMirrorNode, from: number, to: number, mark: Mark): boolean {
  let covered = true;
  doc.nodesBetween(from, to, (node) => {
    if (node.isText && !mark.isInSet(node.marks)) covered = false;
    return covered;
  });
  return covered;
}

/** Compares passages as a reader would: runs of whitespace (line breaks too) are one space. */
function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The marks of a replacement: the formatting of the passage's first character, the comments
 * that cover all of the passage, and the accepted comment itself.
 */
function replacementMarks(
  doc: ProseMirrorNode,
  passage: AnchoredPassage,
  accepted: Mark,
): readonly Mark[] {
  const first = doc.nodeAt(passage.from)?.marks ?? Mark.none;
  let whole = first.filter((mark) => mark.type === accepted.type);
  doc.nodesBetween(passage.from, passage.to, (node) => {
    if (node.isInline) whole = whole.filter((mark) => mark.isInSet(node.marks));
    return true;
  });
  const formatting = first.filter((mark) => mark.type !== accepted.type);
  return [...formatting, ...whole, accepted].reduce<readonly Mark[]>(
    (set, mark) => mark.addToSet(set),
    Mark.none,
  );
}

/** `text` as inline content of the passage's block, line breaks as hard breaks if it allows. */
function replacementContent(
  $from: ResolvedPos,
  $to: ResolvedPos,
  text: string,
  marks: readonly Mark[],
): Fragment {
  const schema = $from.parent.type.schema;
  const lines = text.split(/\r\n|\r|\n/);
  const hardBreak = schema.nodes.hardBreak;
  const nodes: ProseMirrorNode[] = [];
  lines.forEach((line, index) => {
    if (index > 0 && hardBreak) nodes.push(hardBreak.create(null, null, marks));
    if (line !== "") nodes.push(schema.text(line, marks));
  });
  const withBreaks = Fragment.fromArray(nodes);
  if ($from.parent.canReplace($from.index(), $to.indexAfter(), withBreaks)) return withBreaks;
  const joined = lines.join(" ");
  return joined === "" ? Fragment.empty : Fragment.from(schema.text(joined, marks));
}
