import { Fragment, type Node as ProseMirrorNode, type ResolvedPos } from "@tiptap/pm/model";
import { TextSelection, type Transaction } from "@tiptap/pm/state";
import {
  REGULATION_NODE as N,
  type PointListKind,
} from "../../../../../shared/editor/nodeNames.ts";

/** Where a new unit goes: the parent it joins and the index among its children. */
interface Slot {
  parent: ProseMirrorNode;
  /** Position of the parent's content start. */
  parentStart: number;
  index: number;
}

/** A structure change: false when the form does not allow it here; applies it when `dispatch`. */
export type StructureCommand = (tr: Transaction, dispatch: boolean) => boolean;

function ancestorDepth($pos: ResolvedPos, names: readonly string[]): number | null {
  for (let depth = $pos.depth; depth > 0; depth--) {
    if (names.includes($pos.node(depth).type.name)) return depth;
  }
  return null;
}

/** The slot right after the ancestor at `depth`. */
const slotAfter = ($pos: ResolvedPos, depth: number): Slot => ({
  parent: $pos.node(depth - 1),
  parentStart: $pos.start(depth - 1),
  index: $pos.index(depth - 1) + 1,
});

/** Position just before the child at `index` of the slot's parent. */
function positionOf(slot: Slot): number {
  let pos = slot.parentStart;
  for (let i = 0; i < slot.index; i++) pos += slot.parent.child(i).nodeSize;
  return pos;
}

function create(tr: Transaction, name: string, content: ProseMirrorNode[] = [], attrs = {}) {
  const type = tr.doc.type.schema.nodes[name];
  if (!type) return null;
  try {
    return type.createChecked(attrs, content);
  } catch {
    return type.createAndFill(attrs, content);
  }
}

const paragraph = (tr: Transaction) => create(tr, "paragraph");
const unitTitle = (tr: Transaction) => create(tr, N.unitTitle);

/**
 * Inserts `node` into `slot` if the form allows it there, and puts the caret in its first
 * text block.
 */
function insertInto(tr: Transaction, dispatch: boolean, slot: Slot, node: ProseMirrorNode | null) {
  if (!node || !slot.parent.canReplace(slot.index, slot.index, Fragment.from(node))) return false;
  if (!dispatch) return true;
  const pos = positionOf(slot);
  tr.insert(pos, node);
  tr.setSelection(TextSelection.near(tr.doc.resolve(pos + 1)));
  tr.scrollIntoView();
  return true;
}

/** The slot after the title of a BAB, Bagian or Paragraf (or the start of the body). */
function firstSlotIn($pos: ResolvedPos, depth: number): Slot {
  const parent = $pos.node(depth);
  const index = parent.firstChild?.type.name === N.unitTitle ? 1 : 0;
  return { parent, parentStart: $pos.start(depth), index };
}

/** Pasal after the current one, or first in the current Paragraf, Bagian, BAB or body. */
export const insertArticle: StructureCommand = (tr, dispatch) => {
  const $from = tr.selection.$from;
  const article = create(
    tr,
    N.article,
    [paragraph(tr)].filter((node) => node !== null),
  );
  const articleDepth = ancestorDepth($from, [N.article]);
  if (articleDepth !== null)
    return insertInto(tr, dispatch, slotAfter($from, articleDepth), article);
  const containerDepth = ancestorDepth($from, [N.subpart, N.part, N.chapter, N.body]);
  if (containerDepth === null) return false;
  return insertInto(tr, dispatch, firstSlotIn($from, containerDepth), article);
};

/** BAB after the current one, with an empty title and one Pasal. */
export const insertChapter: StructureCommand = (tr, dispatch) => {
  const $from = tr.selection.$from;
  const depth = ancestorDepth($from, [N.chapter]);
  if (depth === null) return false;
  const title = unitTitle(tr);
  const article = create(
    tr,
    N.article,
    [paragraph(tr)].filter((node) => node !== null),
  );
  if (!title || !article) return false;
  return insertInto(tr, dispatch, slotAfter($from, depth), create(tr, N.chapter, [title, article]));
};

/**
 * Bagian after the current one; in a BAB of plain Pasal, its Pasal become the first Bagian
 * (a BAB holds either Bagian or Pasal, never both).
 */
export const insertPart: StructureCommand = (tr, dispatch) => {
  const $from = tr.selection.$from;
  const title = unitTitle(tr);
  if (!title) return false;
  const partDepth = ancestorDepth($from, [N.part]);
  if (partDepth !== null) {
    const article = create(
      tr,
      N.article,
      [paragraph(tr)].filter((node) => node !== null),
    );
    if (!article) return false;
    return insertInto(
      tr,
      dispatch,
      slotAfter($from, partDepth),
      create(tr, N.part, [title, article]),
    );
  }
  const chapterDepth = ancestorDepth($from, [N.chapter]);
  if (chapterDepth === null) return false;
  const chapter = $from.node(chapterDepth);
  const articles: ProseMirrorNode[] = [];
  chapter.forEach((child) => {
    if (child.type.name === N.article) articles.push(child);
  });
  if (articles.length === 0 || articles.length !== chapter.childCount - 1) return false;
  const part = create(tr, N.part, [title, ...articles]);
  if (!part || !chapter.canReplace(1, chapter.childCount, Fragment.from(part))) return false;
  if (!dispatch) return true;
  const from = $from.start(chapterDepth) + chapter.child(0).nodeSize;
  tr.replaceWith(from, $from.end(chapterDepth), part);
  tr.setSelection(TextSelection.near(tr.doc.resolve(from + 2)));
  tr.scrollIntoView();
  return true;
};

/**
 * Ayat after the current one. In a Pasal not yet divided into ayat, its text becomes ayat (1)
 * and, if it has any text, an empty ayat (2) follows.
 */
export const insertClause: StructureCommand = (tr, dispatch) => {
  const $from = tr.selection.$from;
  const clauseDepth = ancestorDepth($from, [N.clause]);
  const newClause = () =>
    create(
      tr,
      N.clause,
      [paragraph(tr)].filter((node) => node !== null),
    );
  if (clauseDepth !== null)
    return insertInto(tr, dispatch, slotAfter($from, clauseDepth), newClause());
  const articleDepth = ancestorDepth($from, [N.article]);
  if (articleDepth === null) return false;
  const article = $from.node(articleDepth);
  if (article.firstChild?.type.name === N.clause) return false;
  const contents: ProseMirrorNode[] = [];
  article.forEach((child) => {
    contents.push(child);
  });
  const first = create(tr, N.clause, contents);
  const second = article.textContent.trim() === "" ? null : newClause();
  if (!first || first.type.name !== N.clause) return false;
  const clauses = Fragment.from(second ? [first, second] : [first]);
  if (!article.type.validContent(clauses)) return false;
  if (!dispatch) return true;
  const start = $from.start(articleDepth);
  tr.replaceWith(start, $from.end(articleDepth), clauses);
  const caret = second ? start + first.nodeSize + 2 : start + 2;
  tr.setSelection(TextSelection.near(tr.doc.resolve(caret)));
  tr.scrollIntoView();
  return true;
};

/**
 * A huruf (`letter`) or angka (`number`) item: after the current item of a list of that kind,
 * else as a new list after the current sentence (nested when inside an item of the other kind).
 */
export function insertPoint(kind: PointListKind): StructureCommand {
  return (tr, dispatch) => {
    const $from = tr.selection.$from;
    const pointDepth = ancestorDepth($from, [N.point]);
    const item = create(
      tr,
      N.point,
      [paragraph(tr)].filter((node) => node !== null),
    );
    if (!item) return false;
    if (pointDepth !== null && $from.node(pointDepth - 1).attrs.kind === kind) {
      return insertInto(tr, dispatch, slotAfter($from, pointDepth), item);
    }
    if (!$from.parent.isTextblock || $from.depth < 2) return false;
    const list = create(tr, N.pointList, [item], { kind });
    return insertInto(tr, dispatch, slotAfter($from, $from.depth), list);
  };
}

/** Units that Enter at their end continues with a sibling of the same kind. */
const CONTINUED_BY_ENTER = [N.clause, N.point, N.consideration, N.legalBasis] as const;

/**
 * Enter at the end of an ayat, a huruf/angka item, a consideration or a legal basis starts the
 * next one, as a drafter expects; Enter elsewhere is left to the editor.
 */
export const continueUnit: StructureCommand = (tr, dispatch) => {
  const { $from, empty } = tr.selection;
  if (!empty || !$from.parent.isTextblock || $from.depth < 2) return false;
  if ($from.parentOffset !== $from.parent.content.size || $from.parent.content.size === 0)
    return false;
  const unitDepth = $from.depth - 1;
  const unit = $from.node(unitDepth);
  if (!(CONTINUED_BY_ENTER as readonly string[]).includes(unit.type.name)) return false;
  if ($from.index(unitDepth) !== unit.childCount - 1) return false;
  const sibling = create(
    tr,
    unit.type.name,
    [paragraph(tr)].filter((node) => node !== null),
  );
  return insertInto(tr, dispatch, slotAfter($from, unitDepth), sibling);
};

/**
 * Enter in a title (Judul, or the title of a BAB, Bagian or Paragraf) moves on to the text
 * after it: a title is one line, and splitting it would make two.
 */
export const leaveTitle: StructureCommand = (tr, dispatch) => {
  const { $from } = tr.selection;
  const name = $from.parent.type.name;
  if (name !== N.unitTitle && name !== N.regulationTitle) return false;
  if (dispatch) {
    tr.setSelection(TextSelection.near(tr.doc.resolve($from.after()), 1));
    tr.scrollIntoView();
  }
  return true;
};
