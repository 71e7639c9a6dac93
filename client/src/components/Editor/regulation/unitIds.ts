import { combineTransactionSteps, Extension, getChangedRanges } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { newUnitId } from "../../../../../shared/editor/unitId.ts";

/** A range of the new document that a local change wrote. */
export interface TouchedRange {
  from: number;
  to: number;
}

/** A node that must get a new id, and the id it gets. */
export interface UnitIdFix {
  pos: number;
  id: string;
}

interface Occurrence {
  pos: number;
  touched: boolean;
}

const carriesUnitId = (node: ProseMirrorNode) => node.type.spec.attrs?.id !== undefined;

/**
 * Which nodes need a fresh id after a local change: structural nodes the change wrote without an
 * id, and copies of an id that already exists (a split Pasal, a pasted ayat). Of several nodes
 * sharing an id, one the change did not touch keeps it (else the first), so a pasted copy never
 * takes the id, and with it the references and comments, of the original. Only touched nodes
 * are changed, so clients never rewrite what someone else wrote.
 */
export function unitIdFixes(
  doc: ProseMirrorNode,
  touched: readonly TouchedRange[],
  makeId: () => string = newUnitId,
): UnitIdFix[] {
  const isTouched = (pos: number, size: number) =>
    touched.some((range) => pos < range.to && pos + size > range.from);
  const byId = new Map<string, Occurrence[]>();
  const fixes: UnitIdFix[] = [];
  doc.descendants((node, pos) => {
    if (!carriesUnitId(node)) return !node.isTextblock;
    const nodeTouched = isTouched(pos, node.nodeSize);
    const id: unknown = node.attrs.id;
    if (typeof id !== "string" || id === "") {
      if (nodeTouched) fixes.push({ pos, id: makeId() });
    } else {
      const occurrences = byId.get(id) ?? [];
      occurrences.push({ pos, touched: nodeTouched });
      byId.set(id, occurrences);
    }
    return !node.isTextblock;
  });
  for (const occurrences of byId.values()) {
    if (occurrences.length < 2) continue;
    const keeper = occurrences.find((occurrence) => !occurrence.touched) ?? occurrences[0];
    for (const occurrence of occurrences) {
      if (occurrence !== keeper && occurrence.touched)
        fixes.push({ pos: occurrence.pos, id: makeId() });
    }
  }
  return fixes.sort((a, b) => a.pos - b.pos);
}

/** True for transactions that replay other people's changes (or the initial load) from Yjs. */
export function isRemoteChange(transaction: Transaction): boolean {
  return transaction.getMeta(ySyncPluginKey) !== undefined;
}

/**
 * Gives every structural unit a stable id: new ones get `newUnitId()`, duplicated ones (after a
 * split or a paste) a fresh one. Runs only on this person's own edits, never on transactions
 * coming from Yjs, so two clients never overwrite each other's ids.
 */
export const UnitIds = Extension.create({
  name: "unitIds",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("unitIds"),
        appendTransaction(transactions, oldState, newState) {
          if (!transactions.some((tr) => tr.docChanged)) return null;
          if (transactions.some(isRemoteChange)) return null;
          const transform = combineTransactionSteps(oldState.doc, [...transactions]);
          const touched = getChangedRanges(transform).map(({ newRange }) => newRange);
          const fixes = unitIdFixes(newState.doc, touched);
          if (fixes.length === 0) return null;
          const tr = newState.tr;
          for (const fix of fixes) tr.setNodeAttribute(fix.pos, "id", fix.id);
          return tr;
        },
      }),
    ];
  },
});
